import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { serverEnv, type ServerEnv } from '../env';
import { getPrisma } from '../db/prisma';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules';
import { resolveAuthSecret } from './secret';

const DAY = 60 * 60 * 24;

function createAuth(prisma: PrismaClient, env: ServerEnv) {
  return betterAuth({
    appName: 'ormlab',
    secret: resolveAuthSecret(env),
    // A fixed public URL in production; otherwise the request's own host, if it is allowed.
    baseURL: env.BETTER_AUTH_URL ?? { allowedHosts: env.ORMLAB_ALLOWED_HOSTS, protocol: 'auto' },
    trustedOrigins: env.ORMLAB_TRUSTED_ORIGINS,
    database: prismaAdapter(prisma, { provider: 'postgresql' }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      // With auto sign-in off, signing up with a taken email answers exactly like a new
      // sign-up (better-auth returns a synthetic user), so the endpoint cannot be used to
      // learn who has an account. The form signs in right after.
      autoSignIn: false,
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      additionalFields: {
        // Never accepted from sign-up input; promoted with `npm run user:role`.
        role: { type: 'string', required: false, defaultValue: 'learner', input: false },
      },
    },
    session: { expiresIn: 30 * DAY, updateAge: DAY },
    rateLimit: {
      // On in every mode, not only in production, and kept in the database so that several
      // instances share one count per client.
      enabled: true,
      storage: 'database',
      window: 60,
      max: 120,
      customRules: {
        '/sign-in/email': { window: 60, max: 10 },
        '/sign-up/email': { window: 60, max: 5 },
        '/change-password': { window: 60, max: 5 },
      },
    },
    advanced: {
      // Secure cookies in production; HttpOnly and SameSite=Lax always.
      useSecureCookies: env.NODE_ENV === 'production' && !env.BETTER_AUTH_URL?.startsWith('http://'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      // The client address for rate limiting. In production a reverse proxy must overwrite
      // this header (see docs/server.md); `next start` alone sets it from the socket.
      ipAddress: { ipAddressHeaders: ['x-forwarded-for'] },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as unknown as { __ormlabAuth?: Promise<Auth> };

/** The auth instance, created on the first request (it needs the database). */
export function getAuth(): Promise<Auth> {
  holder.__ormlabAuth ??= getPrisma()
    .then((prisma) => createAuth(prisma, serverEnv()))
    .catch((error: unknown) => {
      holder.__ormlabAuth = undefined;
      throw error;
    });
  return holder.__ormlabAuth;
}
