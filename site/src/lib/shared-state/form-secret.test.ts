import { describe, expect, it } from 'vitest';
import { parseEnv } from '../server/env.ts';
import { FormSigner, SigningKeys } from '../public-input/form-guard.ts';
import { formKeys, formSecretAdvice, loadSharedFormSecret } from './form-secret.ts';
import { MemoryState } from './memory.ts';

describe('formSecretAdvice', () => {
  it.each([
    [{ NODE_ENV: 'production' }, true],
    [{ NODE_ENV: 'production', FORM_SECRET: 'x'.repeat(32) }, false],
    [{ NODE_ENV: 'production', REDIS_URL: 'redis://127.0.0.1:6379' }, false],
    [{}, false],
    [{ NODE_ENV: 'development' }, false],
  ])('%j → a warning: %s', (source, warns) => {
    const advice = formSecretAdvice(source);
    expect(advice !== null).toBe(warns);
    if (advice) expect(advice).toMatch(/FORM_SECRET.*REDIS_URL[\s\S]*Chưa đặt FORM_SECRET/);
  });
});

describe('REDIS_URL and REDIS_PREFIX in the environment', () => {
  it('takes redis:// and rediss://, defaults the prefix to cong:', () => {
    expect(parseEnv({ REDIS_URL: 'redis://:pw@127.0.0.1:6379/2' })).toMatchObject({ REDIS_URL: 'redis://:pw@127.0.0.1:6379/2', REDIS_PREFIX: 'cong:' });
    expect(parseEnv({ REDIS_URL: 'rediss://cache.internal:6380', REDIS_PREFIX: 'test-1:' }).REDIS_PREFIX).toBe('test-1:');
    expect(parseEnv({ REDIS_URL: '' }).REDIS_URL).toBeUndefined();
  });
  it.each([[{ REDIS_URL: 'http://127.0.0.1:6379' }], [{ REDIS_URL: '127.0.0.1:6379' }], [{ REDIS_PREFIX: 'có dấu cách' }]])('refuses %j, naming the variable', (source) => {
    expect(() => parseEnv(source)).toThrow(Object.keys(source)[0]!);
  });
});

describe.skipIf(process.env.FORM_SECRET)('loadSharedFormSecret', () => {
  it('makes this process sign as every other process that shares the state', async () => {
    const state = new MemoryState();
    const other = new SigningKeys();
    other.adopt(await state.sharedSecret('forms'));
    expect(await loadSharedFormSecret({ state, patienceMs: 1000 })).toBe('shared');
    const t0 = 1_800_000_000_000;
    expect(new FormSigner(other).check(new FormSigner(formKeys).issue(t0), t0 + 10_000).ok).toBe(true);
  });
});
