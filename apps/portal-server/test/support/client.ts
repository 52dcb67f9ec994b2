import { demoAccounts } from '../../src/seed/demo.js';

/** Something that answers a Request: the app's own `request`, or fetch on a real server. */
export type Transport = (url: string, init: RequestInit) => Promise<Response>;

/**
 * A browser-like client for tests: keeps cookies (as a browser would), fetches the CSRF token and
 * sends it on every change, and can sign in as a demo account.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(
    readonly transport: Transport,
    readonly base = 'http://localhost',
  ) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const init: RequestInit = {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(method === 'GET' ? {} : { 'x-csrf-token': this.csrfToken }),
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    };
    const response = await this.transport(`${this.base}${path}`, init);
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      if (/max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line))
        this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value.join('='));
    }
    return response;
  }

  // Tests read answers as loose JSON and let their assertions do the checking.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async json<T = Record<string, any>>(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) {
    const response = await this.request(method, path, body, headers);
    return { status: response.status, body: (await response.json()) as T, headers: response.headers };
  }

  /** GET /api/session (for the login CSRF token), then POST it with the account's password. */
  async signIn(login: string): Promise<this> {
    const account = demoAccounts.find((a) => a.login === login);
    if (!account) throw new Error(`no demo account ${login}`);
    const session = await this.json('GET', '/api/session');
    this.csrfToken = session.body['csrfToken'];
    const result = await this.json('POST', '/api/session', { login, password: account.password });
    if (result.status !== 200) throw new Error(`sign-in of ${login} failed: ${JSON.stringify(result.body)}`);
    this.csrfToken = result.body['csrfToken'];
    return this;
  }
}
