// The UI's lab: LabClient (lib/runtime/client.ts) with its worker in the sandboxed frame.
import { LabClient, type LabClientOptions } from '@/lib/runtime/client';
import { SandboxedWorker } from './sandboxed-worker';

export function sandboxedLabClient(runtimeBase: string, dataset: string, options: Partial<LabClientOptions> = {}): LabClient {
  const base = new URL(runtimeBase, location.href).href;
  return new LabClient({
    ...options,
    init: { runtimeBase: base, dataset },
    createWorker: () => new SandboxedWorker({ runtimeBase: base }),
  });
}
