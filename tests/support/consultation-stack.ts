import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { freePort, siteConnection, startCms, startSite, type RunningCms, type Service } from '../../scripts/lib/services.ts';
import { loadDemoConsultations } from '../../scripts/lib/demo.ts';

/**
 * A CMS + site of their own for the consultation tests, with a real in-process SMTP server (smtp-server), so
 * tests can read the mails, break the mail server, and stop and restart the CMS without disturbing other suites.
 */
export type Mail = { from: string; to: string[]; raw: string };

export class MailCatcher {
  readonly mails: Mail[] = [];
  private server: SMTPServer | null = null;
  port = 0;
  /** Recipients the server refuses for good (550), as a real server refuses a mailbox that does not exist. */
  rejectRecipients: RegExp | null = null;

  async start(port?: number): Promise<void> {
    this.port = port ?? (await freePort());
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      disableReverseLookup: true,
      // The CMS keeps pooled connections open; do not wait 30 s for them when the catcher stops.
      closeTimeout: 500,
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.rejectRecipients?.test(address.address)) {
          const error = Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 });
          return callback(error);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    // A client that goes away mid-session (a CMS restarting) is not the catcher's failure.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export const MODERATION_ADMIN = { adminEmail: 'kiemduyet-admin@cong.test', adminPassword: 'Kiem-thu-2026-Cong' };

export type ConsultationStack = {
  cms: RunningCms;
  site: Service;
  mail: MailCatcher;
  dataDir: string;
  restartCms: () => Promise<void>;
  /** Stops the CMS only (the site keeps running); `startCms` brings it back on the same port and data. */
  stopCms: () => Promise<void>;
  startCms: () => Promise<void>;
  stop: () => Promise<void>;
};

export async function startConsultationStack(env: NodeJS.ProcessEnv = {}, siteEnv: NodeJS.ProcessEnv = {}): Promise<ConsultationStack> {
  const mail = new MailCatcher();
  await mail.start();
  const dataDir = mkdtempSync(join(tmpdir(), 'cong-consultation-'));
  const port = await freePort();
  const sitePort = await freePort();
  // Mails link to the portal (the site below).
  const cmsEnv = { SMTP_URL: `smtp://127.0.0.1:${mail.port}`, PUBLIC_SITE_URL: `http://localhost:${sitePort}`, ...env };
  const stack = {} as ConsultationStack;
  stack.cms = await startCms({ port, dataDir, quiet: true, ...MODERATION_ADMIN, env: cmsEnv });
  await loadDemoConsultations(stack.cms.url, stack.cms.tokens.importer);
  stack.site = await startSite({
    port: sitePort,
    ...siteConnection(stack.cms),
    dataDir,
    quiet: true,
    env: siteEnv,
  });
  stack.mail = mail;
  stack.dataDir = dataDir;
  stack.stopCms = () => stack.cms.stop();
  stack.startCms = async () => {
    stack.cms = await startCms({ port, dataDir, quiet: true, ...MODERATION_ADMIN, env: cmsEnv });
  };
  stack.restartCms = async () => {
    await stack.stopCms();
    await stack.startCms();
  };
  stack.stop = async () => {
    await stack.site.stop();
    await stack.cms.stop();
    await mail.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return stack;
}

/** A published draft as the site reads it (the CMS's REST API with the site's token): its id, title and public count of comments. */
export async function publishedConsultation(cms: RunningCms, slug: string): Promise<{ documentId: string; title: string; commentCount: number }> {
  const response = await fetch(`${cms.url}/api/consultations?filters[slug][$eq]=${encodeURIComponent(slug)}`, { headers: { authorization: `Bearer ${cms.tokens.site}` } });
  const found = ((await response.json()) as { data?: { documentId: string; title: string; commentCount: number }[] }).data?.[0];
  if (!found) throw new Error(`no published consultation ${slug}: ${response.status}`);
  return found;
}

/**
 * The consultation stack with the moderation admin signed in and one demo draft as published: where the tests of
 * moderation, its mails and its privileges start.
 */
export async function startModeratedStack(env: NodeJS.ProcessEnv, slug: string): Promise<{ stack: ConsultationStack; adminJwt: string; draft: { documentId: string; title: string; commentCount: number } }> {
  const stack = await startConsultationStack(env);
  const adminJwt = await adminLogin(stack.cms.url, MODERATION_ADMIN.adminEmail, MODERATION_ADMIN.adminPassword);
  return { stack, adminJwt, draft: await publishedConsultation(stack.cms, slug) };
}

/** Admin API as the panel uses it: log in, then Bearer the session's access token. */
export async function adminLogin(cmsUrl: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`);
  return ((await login.json()) as any).data.token as string;
}

export async function adminCall(cmsUrl: string, jwt: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${jwt}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let parsed: any = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (an export file)
  }
  return { status: response.status, body: parsed };
}

/** Creates an admin user with the `cong-moderator` role and a password, as an administrator would in Settings. */
export async function createModerator(cmsUrl: string, adminJwt: string, email: string, password: string): Promise<void> {
  await createStaff(cmsUrl, adminJwt, 'cong-moderator', email, password);
}

/** An admin user with one of the portal's roles (cms/src/bootstrap/roles.ts), registered with this password. */
export async function createStaff(cmsUrl: string, adminJwt: string, roleCode: string, email: string, password: string): Promise<void> {
  const roles = await adminCall(cmsUrl, adminJwt, 'GET', '/admin/roles');
  const role = (roles.body.data as any[]).find((r) => r.code === roleCode);
  if (!role) throw new Error(`role ${roleCode} is missing`);
  const created = await adminCall(cmsUrl, adminJwt, 'POST', '/admin/users', { email, firstname: 'Kiểm', lastname: 'Duyệt', roles: [role.id] });
  if (created.status >= 300) throw new Error(`creating the moderator failed: ${created.status} ${JSON.stringify(created.body)}`);
  const registrationToken = created.body.data.registrationToken;
  const registered = await fetch(`${cmsUrl}/admin/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ registrationToken, userInfo: { firstname: 'Kiểm', lastname: 'Duyệt', password } }),
  });
  if (!registered.ok) throw new Error(`registering the moderator failed: ${registered.status} ${await registered.text()}`);
}

export const COMMENT_UID = 'api::public-comment.public-comment';

/** A moderation decision, made through the content manager as the admin panel makes it. */
export function moderate(cmsUrl: string, jwt: string, documentId: string, data: Record<string, unknown>) {
  return adminCall(cmsUrl, jwt, 'PUT', `/content-manager/collection-types/${COMMENT_UID}/${documentId}`, data);
}

/**
 * The comment API's anti-automation token, as a program gets it: the `commentToken` of GET /api/v1/drafts/<slug>.
 * Remembered per site and draft (a token lives 24 hours), so a test can still post while the CMS is down.
 */
const commentTokens = new Map<string, string>();
export async function commentToken(siteUrl: string, slug: string): Promise<string> {
  const key = `${siteUrl}|${slug}`;
  const known = commentTokens.get(key);
  if (known) return known;
  const response = await fetch(`${siteUrl}/api/v1/drafts/${slug}`);
  if (!response.ok) return '';
  const token = ((await response.json()) as { data: { commentToken: string } }).data.commentToken;
  commentTokens.set(key, token);
  return token;
}

/** POST /api/v1/drafts/<slug>/comments as a program would: JSON or url-encoded, with the draft's token. */
export async function postComment(siteUrl: string, slug: string, body: Record<string, unknown>, type: 'json' | 'form' = 'json', headers: Record<string, string> = {}): Promise<Response> {
  const withToken = { commentToken: await commentToken(siteUrl, slug), ...body };
  return fetch(`${siteUrl}/api/v1/drafts/${slug}/comments`, {
    method: 'POST',
    headers: { 'content-type': type === 'json' ? 'application/json' : 'application/x-www-form-urlencoded', ...headers },
    body: type === 'json' ? JSON.stringify(withToken) : new URLSearchParams(Object.entries(withToken).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))),
  });
}
