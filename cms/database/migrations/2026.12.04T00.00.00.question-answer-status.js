'use strict';

/**
 * Hỏi đáp: the question's own state (received / in-progress / answered / rejected) moves from the column `status`
 * to `answer_status` (attribute `answerStatus`). Strapi 5's content manager reads a body field named `status` as
 * its draft/published status, so staff could not save a question whose state they changed (400 "Invalid status").
 *
 * Strapi runs this before its schema sync (@strapi/database schema.sync → migrations.up → syncSchema), when the
 * table still has the old column; without it the sync would create an empty `answer_status` and drop `status`,
 * and every question would fall back to "received". A rename keeps each value in place, on SQLite (3.25+) and
 * PostgreSQL alike. It only acts when there is something to carry over, so it is safe on a fresh install (no
 * table yet), on an install already migrated, and if it ever runs twice.
 */
const TABLE = 'questions';
const OLD = 'status';
const NEW = 'answer_status';

module.exports = {
  async up(knex) {
    if (!(await knex.schema.hasTable(TABLE))) return;
    const hasOld = await knex.schema.hasColumn(TABLE, OLD);
    if (!hasOld) return;
    if (!(await knex.schema.hasColumn(TABLE, NEW))) {
      await knex.raw('ALTER TABLE ?? RENAME COLUMN ?? TO ??', [TABLE, OLD, NEW]);
      return;
    }
    // Both columns (a start that created the new one without carrying the old): fill what the new one lacks.
    await knex(TABLE).whereNull(NEW).whereNotNull(OLD).update({ [NEW]: knex.ref(OLD) });
  },
  async down() {
    throw new Error('Không hỗ trợ hoàn tác: cột answer_status giữ tình trạng câu hỏi.');
  },
};
