/** A minimal HTTP client for tests: keeps the session cookie and sends the Origin header like a browser. */
export class ApiClient {
  cookie = '';

  constructor(readonly baseUrl: string) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const init: RequestInit = {
      method,
      headers: {
        origin: new URL(this.baseUrl).origin,
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      body:
        body === undefined
          ? undefined
          : typeof body === 'string'
            ? body
            : body instanceof Uint8Array
              ? (body as Uint8Array<ArrayBuffer>)
              : JSON.stringify(body),
    };
    const response = await fetch(new URL(path, this.baseUrl), init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? setCookie;
    return response;
  }

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', path, body ?? {}, headers);
  }

  /** Posts a file as the raw request body, with its content type, as a browser's upload does. */
  upload(path: string, file: Uint8Array, contentType: string) {
    return this.request('POST', path, file, { 'content-type': contentType });
  }

  put(path: string, body?: unknown) {
    return this.request('PUT', path, body ?? {});
  }

  async json<T = any>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body);
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  }

  static async login(baseUrl: string, email: string, password = 'demo'): Promise<ApiClient> {
    const client = new ApiClient(baseUrl);
    const response = await client.post('/api/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`Login as ${email} failed: ${response.status} ${await response.text()}`);
    return client;
  }
}
