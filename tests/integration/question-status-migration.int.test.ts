import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { freePort, startCms, type RunningCms } from '../../scripts/lib/services.ts';
import { postgresForTests } from '../setup/postgres.ts';

/**
 * A question's state moved from the column `status` to `answer_status` (attribute `answerStatus`: Strapi 5's
 * content manager reads a body field named `status` as draft/published and refused the desk's values). An install
 * upgraded from before keeps every question's state: cms/database/migrations renames the column before Strapi's
 * schema sync would drop it. Proven on SQLite and PostgreSQL by turning a real install back into the old shape.
 */
const MIGRATION = '2026.12.04T00.00.00.question-answer-status.js';

type Sql = { run: (sql: string, params?: unknown[]) => Promise<any[]>; close: () => Promise<void> };

async function sqlite(file: string): Promise<Sql> {
  const db = new Database(file);
  return {
    run: async (sql, params = []) => {
      const statement = db.prepare(sql.replace(/\$\d+/g, '?'));
      return statement.reader ? statement.all(...params) : (statement.run(...params), []);
    },
    close: async () => {
      db.close();
    },
  };
}

async function postgres(url: string): Promise<Sql> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return { run: async (sql, params = []) => (await client.query(sql, params)).rows, close: () => client.end() };
}

let asked = 0;
async function ask(cms: RunningCms, subject: string): Promise<string> {
  const response = await fetch(`${cms.url}/api/question-desk/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cms.tokens.publicInput}` },
    body: JSON.stringify({ data: { name: 'Người hỏi', email: `nguoi.hoi.${++asked}@example.vn`, phone: '', subject, body: 'Xin hỏi thủ tục này cần những giấy tờ gì?', consent: true } }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as any).data.code;
}

async function answerStatuses(cms: RunningCms): Promise<Record<string, string>> {
  const response = await fetch(`${cms.url}/api/questions?fields[0]=code&fields[1]=answerStatus&pagination[pageSize]=100`, {
    headers: { authorization: `Bearer ${cms.tokens.importer}` },
  });
  expect(response.status).toBe(200);
  return Object.fromEntries(((await response.json()) as any).data.map((q: any) => [q.code, q.answerStatus]));
}

async function columns(sql: Sql, kind: 'sqlite' | 'postgres'): Promise<string[]> {
  const rows =
    kind === 'sqlite'
      ? await sql.run(`SELECT name FROM pragma_table_info('questions')`)
      : await sql.run(`SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'questions' AND table_schema = current_schema()`);
  return rows.map((r) => r.name as string);
}

async function carriesOver(kind: 'sqlite' | 'postgres', databaseUrl?: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cong-question-migration-'));
  const port = await freePort();
  const connect = () => (kind === 'sqlite' ? sqlite(join(dataDir, 'cms.db')) : postgres(databaseUrl!));
  let cms = await startCms({ port, dataDir, databaseUrl, quiet: true });
  try {
    const codes = { answered: await ask(cms, 'Câu hỏi đã trả lời'), rejected: await ask(cms, 'Câu hỏi không tiếp nhận'), received: await ask(cms, 'Câu hỏi mới') };
    await cms.stop();

    // Back to the shape an install had before: the state in `status`, Strapi's record of the schema it last synced
    // saying so too (without the migration the next sync drops that column), and this migration not yet run.
    let sql = await connect();
    try {
      await sql.run('ALTER TABLE questions RENAME COLUMN answer_status TO status');
      const stored = kind === 'sqlite' ? 'schema' : 'schema::text';
      await sql.run(`UPDATE strapi_database_schema SET schema = replace(${stored}, '"answer_status"', '"status"')${kind === 'sqlite' ? '' : '::json'}, hash = 'before-answer-status'`);
      await sql.run(`UPDATE questions SET status = 'answered' WHERE code = $1`, [codes.answered]);
      await sql.run(`UPDATE questions SET status = 'rejected' WHERE code = $1`, [codes.rejected]);
      await sql.run('DELETE FROM strapi_migrations WHERE name = $1', [MIGRATION]);
    } finally {
      await sql.close();
    }

    cms = await startCms({ port, dataDir, databaseUrl, quiet: true });
    expect(await answerStatuses(cms)).toEqual({ [codes.answered]: 'answered', [codes.rejected]: 'rejected', [codes.received]: 'received' });
    sql = await connect();
    try {
      const names = await columns(sql, kind);
      expect(names).toContain('answer_status');
      expect(names).not.toContain('status');
      expect((await sql.run('SELECT name FROM strapi_migrations WHERE name = $1', [MIGRATION])).length).toBe(1);
    } finally {
      await sql.close();
    }

    // Run again on an install already migrated (and on a fresh one, which the first start was): nothing changes.
    await cms.stop();
    sql = await connect();
    await sql.run('DELETE FROM strapi_migrations WHERE name = $1', [MIGRATION]).finally(() => sql.close());
    cms = await startCms({ port, dataDir, databaseUrl, quiet: true });
    expect(await answerStatuses(cms)).toEqual({ [codes.answered]: 'answered', [codes.rejected]: 'rejected', [codes.received]: 'received' });
  } finally {
    await cms.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('a question keeps its state across the status → answerStatus rename', () => {
  it('on SQLite', async () => {
    await carriesOver('sqlite');
  }, 300_000);

  it('on PostgreSQL', async () => {
    const database = await postgresForTests();
    if (!database.url) {
      console.warn(`skipped: ${database.skipReason}`);
      return;
    }
    try {
      await carriesOver('postgres', database.url);
    } finally {
      await database.drop();
    }
  }, 300_000);
});
