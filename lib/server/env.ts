import 'server-only';
import { z } from 'zod';

// Every setting the server reads, validated once. A bad value stops the server with a message
// naming the variable instead of failing later inside a request.
const csv = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    ORMLAB_DATA_DIR: z.string().min(1).default('.data'),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    ORMLAB_AUTO_MIGRATE: z
      .enum(['0', '1', 'true', 'false'])
      .default('1')
      .transform((v) => v === '1' || v === 'true'),
    BETTER_AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    BETTER_AUTH_URL: z.url().optional(),
    // Extra origins allowed to call mutations (e.g. a second public hostname).
    ORMLAB_TRUSTED_ORIGINS: csv,
    // Hosts the app answers on when BETTER_AUTH_URL is not set (wildcards allowed).
    ORMLAB_ALLOWED_HOSTS: csv.transform((hosts) => (hosts.length ? hosts : ['localhost:*', '127.0.0.1:*'])),
  })
  .superRefine((env, ctx) => {
    // Embedded mode can keep a generated secret in its data directory (one process); several
    // instances on PostgreSQL must share one, so production requires it there.
    if (env.NODE_ENV === 'production' && env.DATABASE_URL && !env.BETTER_AUTH_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['BETTER_AUTH_SECRET'],
        message: 'is required in production with DATABASE_URL (32+ random characters, the same on every instance)',
      });
    }
  });

export type ServerEnv = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid server environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
