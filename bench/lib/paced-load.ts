// An open-loop load generator for "N learners, each saving every T seconds".
//
// Why not autocannon's connectionRate: it starts every connection at the same instant and
// releases each one's requests on a shared one-second tick, so 200 learners arrive as one burst
// of 200 requests per second and the figure measures the burst, not the service. Real learners
// are not synchronized. Here each learner starts at a random phase within the interval and then
// sends on its own schedule, whether or not its previous request has come back (open loop: a
// slow server cannot slow the arrivals down and hide its own latency). Latency runs from the
// scheduled send time to the end of the response body.
import http from 'node:http';

export interface PacedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface PacedFigures {
  sent: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  statuses: Record<string, number>;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

function send(agent: http.Agent, url: URL, request: PacedRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
        timeout: 10_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out after 10 s')));
    req.on('error', reject);
    req.end(request.body);
  });
}

/**
 * Runs `learners.length` learners for `durationS` seconds; learner i sends `makeRequest(i, n)`
 * every `intervalMs`. Resolves when every request sent has been answered or has failed.
 */
export async function pacedLoad(
  baseUrl: string,
  learners: number,
  intervalMs: number,
  durationS: number,
  makeRequest: (learner: number, n: number) => PacedRequest,
): Promise<PacedFigures> {
  const url = new URL(baseUrl);
  // One keep-alive connection per learner at most, as one browser tab would hold.
  const agent = new http.Agent({ keepAlive: true, maxSockets: learners });
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const pending: Promise<void>[] = [];
  let errors = 0;
  const start = performance.now();
  const end = start + durationS * 1000;

  const record = (scheduled: number, outcome: Promise<number>) =>
    outcome.then(
      (status) => {
        latencies.push(performance.now() - scheduled);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status < 200 || status >= 300) errors++;
      },
      (error: unknown) => {
        const key = error instanceof Error ? error.message : String(error);
        statuses[key] = (statuses[key] ?? 0) + 1;
        errors++;
      },
    );

  await Promise.all(
    Array.from({ length: learners }, async (_, i) => {
      let scheduled = start + Math.random() * intervalMs;
      for (let n = 0; scheduled < end; n++, scheduled += intervalMs) {
        const wait = scheduled - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        pending.push(record(scheduled, send(agent, url, makeRequest(i, n))));
      }
    }),
  );
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    sent: pending.length,
    rps: Math.round(pending.length / durationS),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? 0),
    errors,
    statuses,
  };
}
