import pg from 'pg';

/**
 * A fresh database on the PostgreSQL server the machine runs (127.0.0.1:5432, trust auth), so the registry is
 * proven on PostgreSQL as well as SQLite. Where none answers the suite says so plainly — except under CI=true,
 * where a missing PostgreSQL is a failure, never a silent skip.
 */
const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function postgresForTests(): Promise<{ url: string | null; skipReason: string | null; drop: () => Promise<void> }> {
  const name = `cong_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
  } catch (error) {
    await admin.end().catch(() => {});
    const reason = `PostgreSQL không trả lời tại ${ADMIN_URL} (${(error as Error).message})`;
    if (process.env.CI === 'true') throw new Error(`${reason}: under CI=true the PostgreSQL suite must run.`);
    console.warn(`\n⚠ ${reason}: the PostgreSQL part of the integration suite is SKIPPED.\n`);
    return { url: null, skipReason: reason, drop: async () => {} };
  }
  const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    url,
    skipReason: null,
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
