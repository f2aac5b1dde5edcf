'use client';
import { useEffect, useSyncExternalStore } from 'react';
import type { ProgressView } from '@/lib/progress/progress-store';
import { progressStore, startProgressSync } from './progress-client';

const SERVER_VIEW: ProgressView = { lessons: [], activityDays: [], signedIn: false, pending: 0, status: 'idle' };

/** The learner's progress (local first, synced with the account when signed in). */
export function useProgress(): ProgressView {
  useEffect(startProgressSync, []);
  return useSyncExternalStore(
    (listener) => progressStore().subscribe(listener),
    () => progressStore().view(),
    () => SERVER_VIEW,
  );
}
