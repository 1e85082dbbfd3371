import path from 'path';
import type { Core } from '@strapi/strapi';
import { rememberPreparedStatements } from '../src/strapi-internals/prepared-statements';

/** The databases Cổng runs and tests on; Strapi's MySQL support is not used, so it is refused rather than untested. */
type Client = 'postgres' | 'sqlite';

/** The better-sqlite3 connection knex hands to `afterCreate`, as far as it is used here. */
type SqliteConnection = { pragma(statement: string): unknown; prepare(sql: string): unknown };

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  // DATABASE_URL=postgres://… alone switches to PostgreSQL; the embedded default is SQLite.
  const databaseUrl = env('DATABASE_URL', '');
  const client = env('DATABASE_CLIENT', /^postgres(ql)?:/.test(databaseUrl) ? 'postgres' : 'sqlite');

  if (client !== 'postgres' && client !== 'sqlite') {
    throw new Error(`Unsupported DATABASE_CLIENT: ${client}. Use "postgres" (or set DATABASE_URL=postgres://…) or "sqlite".`);
  }

  const connections: Record<Client, Core.Config.Database['connection']> = {
    postgres: {
      client: 'postgres',
      connection: {
        connectionString: databaseUrl || undefined,
        host: env('DATABASE_HOST', 'localhost'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'strapi'),
        password: env('DATABASE_PASSWORD', 'strapi'),
        ssl: env.bool('DATABASE_SSL', false) && {
          key: env('DATABASE_SSL_KEY', undefined),
          cert: env('DATABASE_SSL_CERT', undefined),
          ca: env('DATABASE_SSL_CA', undefined),
          capath: env('DATABASE_SSL_CAPATH', undefined),
          cipher: env('DATABASE_SSL_CIPHER', undefined),
          rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
        },
        schema: env('DATABASE_SCHEMA', 'public'),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    sqlite: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
      // WAL lets the site's reads run beside an import's writes; NORMAL sync is durable in WAL mode across
      // application crashes (a power cut may lose the last commits, never corrupt the file).
      pool: {
        afterCreate: (created: unknown, done: (err?: Error, conn?: unknown) => void) => {
          const conn = created as SqliteConnection;
          conn.pragma('journal_mode = WAL');
          conn.pragma('synchronous = NORMAL');
          conn.pragma('foreign_keys = ON');
          // A cache of prepared statements, which depends on knex's internals (strapi-internals/).
          rememberPreparedStatements(conn);
          done(undefined, conn);
        },
      },
    },
  };

  return {
    connection: {
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};

export default config;
