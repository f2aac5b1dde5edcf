import 'server-only';

/** The database cannot be reached or opened; pages show a clear message, the API answers 503. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  // Connection failures surface from pg / Prisma with these codes once the server is running.
  const text = String((error as { code?: unknown })?.code ?? '') + String((error as Error)?.message ?? '');
  return /ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EHOSTUNREACH|57P01|57P03|P1001|DatabaseNotReachable|Connection terminated|connect ECONN/i.test(text);
}
