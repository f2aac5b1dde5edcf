import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '@/lib/generated/prisma/client';

vi.mock('server-only', () => ({}));
const { applyMigrations, readMigrations } = await import('../db/apply-migrations');
const { pgliteRunner } = await import('../db/runners');
const { saveProgress } = await import('./save-progress');
const { readProgress } = await import('./read-progress');

const lesson = '01-foundations/01-what-the-orm-is';
let db: PGlite;
let prisma: PrismaClient;

async function makeUser(email: string): Promise<string> {
  const id = randomUUID();
  await prisma.user.create({ data: { id, email, name: email } });
  return id;
}

beforeAll(async () => {
  db = await PGlite.create();
  await applyMigrations(pgliteRunner(db), readMigrations(path.resolve(import.meta.dirname, '../../../prisma/migrations')), false);
  prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
});

afterAll(async () => {
  await prisma.$disconnect();
  await db.close();
});

describe('saveProgress', () => {
  it('merges: status only moves forward, counters keep the max/best, code follows the latest attempt', async () => {
    const user = await makeUser('merge@example.com');
    const now = new Date('2026-06-10T12:00:00Z');
    await saveProgress(prisma, user, lesson, {
      status: 'completed', attempts: 3, bestQueryCount: 2, code: { 'query.py': 'new' },
      firstAttemptAt: '2026-06-10T10:00:00Z', lastAttemptAt: '2026-06-10T11:00:00Z', completedAt: '2026-06-10T11:00:00Z',
    }, now);
    // An older, stale write (e.g. replayed from another tab) changes nothing it should not.
    const merged = await saveProgress(prisma, user, lesson, {
      status: 'started', attempts: 1, bestQueryCount: 51, code: { 'query.py': 'old' },
      firstAttemptAt: '2026-06-09T10:00:00Z', lastAttemptAt: '2026-06-09T10:00:00Z',
    }, now);
    expect(merged).toMatchObject({
      status: 'completed', attempts: 3, bestQueryCount: 2, code: { 'query.py': 'new' },
      firstAttemptAt: '2026-06-09T10:00:00.000Z', lastAttemptAt: '2026-06-10T11:00:00.000Z', completedAt: '2026-06-10T11:00:00.000Z',
    });
  });

  it('stores a retried attempt once and clamps timestamps from the future', async () => {
    const user = await makeUser('retry@example.com');
    const now = new Date('2026-06-10T12:00:00Z');
    const attempt = { id: randomUUID(), verdicts: { 'right-rows': 'pass' as const }, queryCount: 1, durationMs: 40, at: '2030-01-01T00:00:00Z' };
    for (let i = 0; i < 3; i++) await saveProgress(prisma, user, lesson, { status: 'completed', attempts: 1, attempt }, now);
    expect(await prisma.exerciseAttempt.count({ where: { userId: user } })).toBe(1);
    const row = await prisma.lessonProgress.findUniqueOrThrow({ where: { userId_lessonId: { userId: user, lessonId: lesson } } });
    expect(row.lastAttemptAt?.toISOString()).toBe(now.toISOString());
    expect(row.bestQueryCount).toBe(1);
  });

  it('keeps SQL-looking input as plain data', async () => {
    const user = await makeUser('inject@example.com');
    const evil = "'); DROP TABLE \"LessonProgress\"; --";
    await saveProgress(prisma, user, lesson, { status: 'started', attempts: 1, code: { 'query.py': evil } });
    const snapshot = await readProgress(prisma, user);
    expect(snapshot.lessons[0].code).toEqual({ 'query.py': evil });
    expect(await prisma.lessonProgress.count()).toBeGreaterThan(0);
  });

  it('reads only the learner\'s own lessons, with their active days', async () => {
    const a = await makeUser('a@example.com');
    const b = await makeUser('b@example.com');
    await saveProgress(prisma, a, lesson, { status: 'started', attempts: 1, lastAttemptAt: new Date().toISOString() });
    await saveProgress(prisma, b, '01-foundations/02-querysets-are-lazy', { status: 'started', attempts: 1 });
    const snapshot = await readProgress(prisma, a);
    expect(snapshot.lessons.map((l) => l.lessonId)).toEqual([lesson]);
    expect(snapshot.activityDays).toEqual([new Date().toISOString().slice(0, 10)]);
  });
});
