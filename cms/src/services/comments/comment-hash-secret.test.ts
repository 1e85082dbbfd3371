import { describe, expect, it } from 'vitest';
import { assertProductionSecrets } from '../../rules/secret-policy';
import { addressHash } from './intake';
import { reloadCmsEnv } from '../../env';

const strapiSecrets = {
  APP_KEYS: 'b2xK9qQm1r7sT0uV3wX5yZa8,c4dE6fG8hI0jK2lM4nO6pQ8r',
  API_TOKEN_SALT: 'Yq3n8Pz0Lw5Kd2Rm7Ts9Vb4X',
  ADMIN_JWT_SECRET: 'Ha6Jc1Ne4Qg7Ui0Wk3Ym6Ap9',
  TRANSFER_TOKEN_SALT: 'Bs2Dv5Fx8Hz1Kb4Md7Pf0Rh3',
  JWT_SECRET: 'Tj6Vl9Xn2Zp5Cr8Et1Gv4Jx7',
  ENCRYPTION_KEY: 'Lz0Nb3Qd6Sf9Uh2Wj5Yl8An1',
};

describe('COMMENT_HASH_SECRET (review I5)', () => {
  it('is required in production: no fallback to another secret or a literal', () => {
    const production = { NODE_ENV: 'production', ...strapiSecrets };
    expect(() => assertProductionSecrets(production)).toThrow(/COMMENT_HASH_SECRET is not set/);
    expect(() => assertProductionSecrets({ ...production, COMMENT_HASH_SECRET: 'cong' })).toThrow(/COMMENT_HASH_SECRET has a value shorter than 16/);
    expect(() => assertProductionSecrets({ ...production, COMMENT_HASH_SECRET: 'k3Q9m7K3Q9m7K3Q9m7K3Q9m7' })).not.toThrow();
  });

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
