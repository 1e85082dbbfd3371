/**
 * No example secret in production. Strapi signs sessions, hashes API tokens and encrypts stored tokens with these
 * values; the ones from an example file (`key1,key2…`, Strapi's `toBeModified`) are public, so a CMS started with
 * them is open to anyone who read the example. Plain rules, no framework: config/server.ts applies them at start.
 */
export const PRODUCTION_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  // Keys the hashes of commenters' addresses and nothing else (review I5: no fallback to another secret).
  'COMMENT_HASH_SECRET',
] as const;

/** Shortest acceptable secret: `openssl rand -base64 16` gives 24 characters; below 16 is guessable or a placeholder. */
export const MIN_SECRET_LENGTH = 16;

/** Values copied from examples and tutorials (compared without case, digits and separators at the end). */
const PLACEHOLDERS = /^(key|tobemodified|changeme|change-me|secret|example|password|placeholder|your[-_]?\w*|xxx+|test|default|strapi|salt|todo)[-_\d]*$/i;

/** What is wrong with one secret value, or null. */
export function secretProblem(name: string, value: string | undefined): string | null {
  const parts = name === 'APP_KEYS' ? (value ?? '').split(',').map((k) => k.trim()) : [value ?? ''];
  if (parts.every((p) => p === '')) return `${name} is not set`;
  for (const part of parts) {
    if (PLACEHOLDERS.test(part)) return `${name} holds the example value "${part}"`;
    if (part.length < MIN_SECRET_LENGTH) return `${name} has a value shorter than ${MIN_SECRET_LENGTH} characters`;
  }
  if (name === 'APP_KEYS' && new Set(parts).size !== parts.length) return 'APP_KEYS repeats a key';
  return null;
}

/** Every problem of the production secrets in this environment (empty: all fine). */
export function secretProblems(env: Record<string, string | undefined>): string[] {
  return PRODUCTION_SECRETS.map((name) => secretProblem(name, env[name])).filter((p): p is string => p !== null);
}

export class UnsafeSecretsError extends Error {
  override name = 'UnsafeSecretsError';
}

/** In production, refuses to start with missing, example or short secrets, saying which and how to fix them. */
export function assertProductionSecrets(env: Record<string, string | undefined>): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = secretProblems(env);
  if (problems.length === 0) return;
  throw new UnsafeSecretsError(
    `Refusing to start in production with unsafe secrets:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
      `Generate each with \`openssl rand -base64 24\` (APP_KEYS: four such values, comma-separated) and set them in .env; ` +
      'never use the values of an example file.',
  );
}
