// The UI's lab: LabClient (lib/runtime/client.ts) with its worker in the sandboxed frame.
import { LabClient, type LabClientBinding } from '@/lib/runtime/client';
import type { WorkApp } from '@/lib/runtime/protocol';
import { SandboxedWorker } from './sandboxed-worker';

/** `workApp`: the learner's own app in a schema lesson (see WorkApp). */
export function sandboxedLabClient(runtimeBase: string, dataset: string, options: LabClientBinding = {}, workApp?: WorkApp): LabClient {
  const base = new URL(runtimeBase, location.href).href;
  return new LabClient({
    ...options,
    init: { runtimeBase: base, dataset, ...(workApp ? { workApp } : {}) },
    createWorker: () => new SandboxedWorker({ runtimeBase: base }),
  });
}
