import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, secretProblem, secretProblems } from './secret-policy';

const good = () => ({
  NODE_ENV: 'production',
  APP_KEYS: 'b2xK9qQm1r7sT0uV3wX5yZa8,c4dE6fG8hI0jK2lM4nO6pQ8r,s1tU3vW5xY7zA9bC1dE3fG5h,i7jK9lM1nO3pQ5rS7tU9vW1x',
  API_TOKEN_SALT: 'Yq3n8Pz0Lw5Kd2Rm7Ts9Vb4X',
  ADMIN_JWT_SECRET: 'Ha6Jc1Ne4Qg7Ui0Wk3Ym6Ap9',
  TRANSFER_TOKEN_SALT: 'Bs2Dv5Fx8Hz1Kb4Md7Pf0Rh3',
  JWT_SECRET: 'Tj6Vl9Xn2Zp5Cr8Et1Gv4Jx7',
  ENCRYPTION_KEY: 'Lz0Nb3Qd6Sf9Uh2Wj5Yl8An1',
  COMMENT_HASH_SECRET: 'k3Q9m7K3Q9m7K3Q9m7K3Q9m7',
});

describe('production secrets', () => {
  it('accepts generated secrets', () => {
    expect(secretProblems(good())).toEqual([]);
    expect(() => assertProductionSecrets(good())).not.toThrow();
  });

  it.each([
    ['APP_KEYS', 'key1,key2,key3,key4', /example value "key1"/],
    ['APP_KEYS', 'toBeModified1,toBeModified2', /example value/],
    ['API_TOKEN_SALT', 'tobemodified', /example value/],
    ['JWT_SECRET', 'changeme', /example value/],
    ['ENCRYPTION_KEY', 'short-but-random', null],
    ['ADMIN_JWT_SECRET', 'abc123', /shorter than 16/],
    ['TRANSFER_TOKEN_SALT', '', /not set/],
  ])('%s=%s', (name, value, problem) => {
    const result = secretProblem(name, value);
    if (problem) expect(result).toMatch(problem);
    else expect(result).toBeNull();
  });

  it('requires COMMENT_HASH_SECRET: no fallback to another secret or a literal (review I5)', () => {
    const { COMMENT_HASH_SECRET: _, ...production } = good();
    expect(() => assertProductionSecrets(production)).toThrow(/COMMENT_HASH_SECRET is not set/);
    expect(() => assertProductionSecrets({ ...production, COMMENT_HASH_SECRET: 'cong' })).toThrow(/COMMENT_HASH_SECRET has a value shorter than 16/);
    expect(() => assertProductionSecrets({ ...production, COMMENT_HASH_SECRET: 'k3Q9m7K3Q9m7K3Q9m7K3Q9m7' })).not.toThrow();
  });

  it('refuses a repeated app key', () => {
    const k = 'b2xK9qQm1r7sT0uV3wX5yZa8';
    expect(secretProblem('APP_KEYS', `${k},${k}`)).toMatch(/repeats/);
  });

  it('refuses to start in production only, naming every bad secret and the fix', () => {
    const bad = { ...good(), APP_KEYS: 'key1,key2,key3,key4', JWT_SECRET: 'tobemodified' };
    expect(() => assertProductionSecrets(bad)).toThrow(/APP_KEYS[\s\S]*JWT_SECRET[\s\S]*openssl rand/);
    expect(() => assertProductionSecrets({ ...bad, NODE_ENV: 'development' })).not.toThrow();
  });
});
