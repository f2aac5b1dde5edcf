import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { parseEnv } = await import('./env');

describe('parseEnv', () => {
  it('defaults to the embedded database in .data with a development secret', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ORMLAB_DATA_DIR).toBe('.data');
    expect(env.ORMLAB_AUTO_MIGRATE).toBe(true);
    expect(env.BETTER_AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/BETTER_AUTH_SECRET: is required in production/);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: 'short' })).toThrow(/BETTER_AUTH_SECRET/);
  });

  it('splits trusted origins', () => {
    expect(parseEnv({ ORMLAB_TRUSTED_ORIGINS: 'http://a:1, http://b:2' }).ORMLAB_TRUSTED_ORIGINS).toEqual(['http://a:1', 'http://b:2']);
  });
});
