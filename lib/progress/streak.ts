// Days in a row with activity, counted back from today (or from yesterday, so a streak is not
// lost before the learner has had a chance to study today). Days are UTC "YYYY-MM-DD".

const DAY_MS = 86_400_000;

export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function computeStreak(activityDays: Iterable<string>, today: Date = new Date()): number {
  const days = new Set(activityDays);
  let cursor = today.getTime();
  if (!days.has(utcDay(today))) cursor -= DAY_MS;
  let streak = 0;
  while (days.has(utcDay(new Date(cursor)))) {
    streak += 1;
    cursor -= DAY_MS;
  }
  return streak;
}
