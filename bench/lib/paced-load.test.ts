import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pacedLoad, percentile } from './paced-load';

describe('percentile', () => {
  it('picks the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});

describe('pacedLoad', () => {
  let server: http.Server;
  let url = '';
  const seen: string[] = [];
  beforeAll(async () => {
    // Answers after 30 ms; /fail answers 500.
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        seen.push(body);
        setTimeout(() => {
          res.statusCode = req.url === '/fail' ? 500 : 200;
          res.end('ok');
        }, 30);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('sends each learner its requests on schedule and measures the answers', async () => {
    const figures = await pacedLoad(url, 5, 200, 1, (learner, n) => ({ method: 'PUT', path: '/ok', headers: {}, body: `${learner}:${n}` }));
    expect(figures.sent).toBe(25); // 5 learners, one every 200 ms for 1 s
    expect(figures.errors).toBe(0);
    expect(figures.statuses).toEqual({ 200: 25 });
    expect(figures.p50Ms).toBeGreaterThanOrEqual(30);
    expect(new Set(seen.slice(-25))).toEqual(new Set(Array.from({ length: 25 }, (_, i) => `${Math.floor(i / 5)}:${i % 5}`)));
  });

  it('counts error statuses and refused connections as errors', async () => {
    const failing = await pacedLoad(url, 2, 500, 1, () => ({ method: 'PUT', path: '/fail', headers: {}, body: '' }));
    expect(failing).toMatchObject({ sent: 4, errors: 4, statuses: { 500: 4 } });
    const closed = await pacedLoad('http://127.0.0.1:9', 1, 500, 1, () => ({ method: 'PUT', path: '/', headers: {}, body: '' }));
    expect(closed.errors).toBe(2);
  });
});
