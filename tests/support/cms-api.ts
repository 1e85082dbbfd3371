/**
 * Talking to a real Strapi the way its clients do: the content API with an API token, and the admin API
 * (as the editor's browser does) for actions the content API does not offer, such as unpublish.
 */
export class CmsApi {
  private adminJwt: string | null = null;
  readonly url: string;
  private readonly token: string;
  private readonly admin: { adminEmail: string; adminPassword: string };

  constructor(url: string, token: string, admin: { adminEmail: string; adminPassword: string }) {
    this.url = url;
    this.token = token;
    this.admin = admin;
  }

  async rest(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.url}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  async findByNumberKey(key: string, status: 'draft' | 'published' = 'published') {
    const q = new URLSearchParams({ 'filters[numberKey][$eq]': key, status, 'populate[relations]': 'true', 'populate[issuingBody]': 'true' });
    const { body } = await this.rest('GET', `/legal-documents?${q}`);
    return body.data as any[];
  }

  /** A file into the media library as an editor adds it in the admin; its media id. */
  async adminUpload(bytes: Uint8Array, name: string, type: string): Promise<number> {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${this.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${await this.adminToken()}` }, body: form });
    if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as Array<{ id: number }>)[0]!.id;
  }

  async adminRequest(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${await this.adminToken()}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  private async adminToken(): Promise<string> {
    if (!this.adminJwt) {
      const login = await fetch(`${this.url}/admin/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: this.admin.adminEmail, password: this.admin.adminPassword }),
      });
      if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`);
      this.adminJwt = ((await login.json()) as any).data.token as string;
    }
    return this.adminJwt!;
  }

  unpublish(documentId: string, uid = 'api::legal-document.legal-document') {
    return this.adminRequest('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/unpublish`, {});
  }

  publish(documentId: string, uid = 'api::legal-document.legal-document') {
    return this.adminRequest('POST', `/content-manager/collection-types/${uid}/${documentId}/actions/publish`, {});
  }
}

/** Polls until `check` passes or the deadline is reached; returns the elapsed milliseconds. */
export async function eventually(check: () => Promise<boolean>, timeoutMs: number, intervalMs = 200): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}
