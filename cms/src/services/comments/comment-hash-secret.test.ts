import { describe, expect, it } from 'vitest';
import { assertProductionSecrets } from '../../rules/secret-policy';
import { addressHash } from './intake';
import { reloadCmsEnv } from '../../env';

// In production it is required (rules/secret-policy.test.ts).
describe('COMMENT_HASH_SECRET (review I5)', () => {
  it('outside production a random per-process key is used instead of a literal', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
    const saved = process.env.COMMENT_HASH_SECRET;
    delete process.env.COMMENT_HASH_SECRET;
    reloadCmsEnv();
    try {
      expect(addressHash('203.0.113.7')).not.toBe(addressHash('203.0.113.8'));
      expect(addressHash('203.0.113.7')).toBe(addressHash('203.0.113.7'));
    } finally {
      if (saved !== undefined) process.env.COMMENT_HASH_SECRET = saved;
      reloadCmsEnv();
    }
  });
});
