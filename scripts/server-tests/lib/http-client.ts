// A minimal browser stand-in for the tests: a cookie jar, the Origin header a browser sends,
// and a client address (x-forwarded-for) so rate-limit buckets are per simulated learner.

let nextIp = 1;

export interface HttpResult {
  status: number;
  // Parsed JSON of any shape: the tests assert on it.
  json: any;
  text: string;
  headers: Headers;
}

interface RequestOptions {
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

export class Learner {
  baseUrl: string;
  ip: string;
  cookies = new Map<string, string>();

  constructor(baseUrl: string, { ip }: { ip?: string } = {}) {
    this.baseUrl = baseUrl;
    const n = nextIp++;
    this.ip = ip ?? `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  }

  /** The same learner (cookies) talking to another instance. */
  on(baseUrl: string): Learner {
    const other = new Learner(baseUrl, { ip: this.ip });
    other.cookies = this.cookies;
    return other;
  }

  async request(method: string, path: string, { body, headers = {}, raw }: RequestOptions = {}): Promise<HttpResult> {
    const res = await fetch(this.baseUrl + path, {
      method,
      redirect: 'manual',
      headers: {
        origin: this.baseUrl,
        'x-forwarded-for': this.ip,
        ...(body !== undefined || raw !== undefined ? { 'content-type': 'application/json' } : {}),
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...headers,
      },
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, headers: res.headers };
  }

  signUp(email: string, password = 'correct horse battery staple'): Promise<HttpResult> {
    return this.request('POST', '/api/auth/sign-up/email', { body: { email, password, name: email } });
  }

  signIn(email: string, password = 'correct horse battery staple'): Promise<HttpResult> {
    return this.request('POST', '/api/auth/sign-in/email', { body: { email, password } });
  }

  async register(email: string, password?: string): Promise<Learner> {
    const up = await this.signUp(email, password);
    if (up.status !== 200) throw new Error(`sign-up ${email}: ${up.status} ${up.text}`);
    const inn = await this.signIn(email, password);
    if (inn.status !== 200) throw new Error(`sign-in ${email}: ${inn.status} ${inn.text}`);
    return this;
  }

  progress(): Promise<HttpResult> {
    return this.request('GET', '/api/progress');
  }

  save(lessonId: string, body: unknown): Promise<HttpResult> {
    return this.request('PUT', `/api/progress/${lessonId}`, { body });
  }
}

export const lesson = (n: number): string => `foundations/lesson-${n}`;
