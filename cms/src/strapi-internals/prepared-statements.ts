/**
 * knex prepares every query anew (better-sqlite3's `prepare`), and the same few hundred SQL texts recur: under an
 * import or a burst of comments, preparing was 8–15 % of the CMS's time. A statement depends only on its SQL text
 * (knex binds values separately, and SQLite re-prepares by itself after a schema change), so the connection keeps
 * the most recent ones. knex runs them with `all` / `run` only, never holding an iterator open on one.
 * This relies on how knex's better-sqlite3 client calls the connection (knex as bundled with @strapi/database
 * 5.54.0); strapi-internals.test.ts checks the installed version.
 */
const STATEMENTS_KEPT = 1000;

export function rememberPreparedStatements(conn: { prepare: (sql: string) => unknown }): void {
  const prepare = conn.prepare.bind(conn);
  const kept = new Map<string, unknown>();
  conn.prepare = (sql: string) => {
    let statement = kept.get(sql);
    if (statement === undefined) {
      statement = prepare(sql);
      if (kept.size >= STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
    } else {
      kept.delete(sql); // most recently used last
    }
    kept.set(sql, statement);
    return statement;
  };
}
