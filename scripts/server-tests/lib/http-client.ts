// A minimal browser stand-in for the tests: a cookie jar, the Origin header a browser sends,
// and a client address (x-forwarded-for) so rate-limit buckets are per simulated learner.

let nextIp = 1;

export class Learner {
  constructor(baseUrl, { ip } = {}) {
    this.baseUrl = baseUrl;
    this.cookies = new Map();
    const n = nextIp++;
    this.ip = ip ?? `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  }

  /** The same learner (cookies) talking to another instance. */
  on(baseUrl) {
    const other = new Learner(baseUrl, { ip: this.ip });
    other.cookies = this.cookies;
    return other;
  }

  async request(method, path, { body, headers = {}, raw } = {}) {
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
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, headers: res.headers };
  }

  signUp(email, password = 'correct horse battery staple') {
    return this.request('POST', '/api/auth/sign-up/email', { body: { email, password, name: email } });
  }

  signIn(email, password = 'correct horse battery staple') {
    return this.request('POST', '/api/auth/sign-in/email', { body: { email, password } });
  }

  async register(email, password) {
    const up = await this.signUp(email, password);
    if (up.status !== 200) throw new Error(`sign-up ${email}: ${up.status} ${up.text}`);
    const inn = await this.signIn(email, password);
    if (inn.status !== 200) throw new Error(`sign-in ${email}: ${inn.status} ${inn.text}`);
    return this;
  }

  progress() {
    return this.request('GET', '/api/progress');
  }

  save(lessonId, body) {
    return this.request('PUT', `/api/progress/${lessonId}`, { body });
  }
}

export const lesson = (n) => `01-foundations/${String(n).padStart(2, '0')}-lesson-${n}`;
