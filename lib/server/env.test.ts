import { describe, expect, it, vi } from 'vitest';

vi.mock('server-only', () => ({}));
const { parseEnv } = await import('./env');

describe('parseEnv', () => {
  it('defaults to the embedded database in .data, even in production', () => {
    const env = parseEnv({ NODE_ENV: 'production' });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ORMLAB_DATA_DIR).toBe('.data');
    expect(env.ORMLAB_AUTO_MIGRATE).toBe(true);
    expect(env.ORMLAB_ALLOWED_HOSTS).toEqual(['localhost:*', '127.0.0.1:*']);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://db/x' })).toThrow(
      /BETTER_AUTH_SECRET: is required in production/,
    );
    expect(() => parseEnv({ BETTER_AUTH_SECRET: 'short' })).toThrow(/BETTER_AUTH_SECRET/);
  });

  it('splits trusted origins', () => {
    expect(parseEnv({ ORMLAB_TRUSTED_ORIGINS: 'http://a:1, http://b:2' }).ORMLAB_TRUSTED_ORIGINS).toEqual(['http://a:1', 'http://b:2']);
  });
});
