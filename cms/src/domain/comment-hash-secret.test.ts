import { describe, expect, it } from 'vitest';
import { checkCommentHashSecret } from './public-comments';

describe('COMMENT_HASH_SECRET (review I5)', () => {
  it('is required in production: no fallback to another secret or a literal', () => {
    expect(() => checkCommentHashSecret({ NODE_ENV: 'production', API_TOKEN_SALT: 'a-salt-of-another-purpose' })).toThrow(/COMMENT_HASH_SECRET is not set/);
    expect(() => checkCommentHashSecret({ NODE_ENV: 'production', COMMENT_HASH_SECRET: 'cong' })).toThrow(/shorter than 16/);
    expect(() => checkCommentHashSecret({ NODE_ENV: 'production', COMMENT_HASH_SECRET: 'k3Q9m7K3Q9m7K3Q9m7K3Q9m7' })).not.toThrow();
  });

  it('outside production a random per-process key is used instead', () => {
    expect(() => checkCommentHashSecret({ NODE_ENV: 'development' })).not.toThrow();
  });
});
