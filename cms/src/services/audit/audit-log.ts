import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  AUDIT_ACTION_LABELS,
  auditCsv,
  auditTime,
  fieldChanges,
  importSummary,
  permissionChanges,
  SECRET_FIELDS,
  UNAUDITED_FIELDS,
  type Actor,
  type AuditAction,
  type AuditEntry,
  type AuditQuery,
  type FieldChange,
  type FieldSpec,
} from '../../rules/audit-entry';
import { PAGE_RATING, PAGE_RATING_TOTAL, PUBLIC_COMMENT, QUESTION, UPLOAD_FILE } from '../../model/uids';
import { adminSessionUser, isSuperAdmin } from '../../strapi-internals/admin-session';
import { adminRoleService, type AdminPermission } from '../../strapi-internals/admin-services';
import { WRITE_ACTIONS } from '../../rules/document-actions';
import type { RequestContext } from '../../model/request-context';

/**
 * The audit log (nhật ký thao tác): who did what to which item, when and from which address, for every editorial
 * and moderation action. Built once, not per content type (checked against Strapi 5.54):
 * - one document-service middleware over every `api::` content type (admin panel, REST, the importer's updates);
 * - database lifecycles over admin users, roles, API tokens and media-library files, and a wrapper around the role service's
 *   `assignPermissions` (a role's permissions are many rows; the admin saves them in one call, logged as one entry);
 * - one entry per import batch (`recordImport`, around POST /api/registry/import);
 * - each sign-in to the admin (Strapi's `admin.auth.success` event).
 * Entries are written with the query engine, never through the document service, which refuses any write to them:
 * the log is append-only for everyone, the super admin included (and a database trigger refuses it too). It is read
 * through /api/audit-log (the `api::audit-log.read` permission) and the admin panel's "Nhật ký thao tác" page.
 */
export const AUDIT_ENTRY = 'api::audit-log.audit-entry' satisfies UID.ContentType;
export const AUDITOR_ROLE = { name: 'Kiểm tra nhật ký', code: 'cong-auditor', description: 'Xem và xuất nhật ký thao tác; không sửa nội dung.' };
/**
 * The right to read the log, an admin permission of its own (Settings → Roles → "Nhật ký thao tác"): super admins
 * have it, the auditor role is given it, and an agency may grant it to any other role.
 */
export const AUDIT_READ_ACTION = 'api::audit-log.read';

/** A rating is a citizen's vote and its total the CMS's own arithmetic: neither is an editorial action, and both are many. */
const UNAUDITED_UIDS = new Set<string>([PAGE_RATING, PAGE_RATING_TOTAL]);
/** Citizens' own submissions arrive through the public routes; only what the agency then does with them is logged. */
const CITIZEN_INPUT_UIDS = new Set<string>([PUBLIC_COMMENT, QUESTION]);
const ADMIN_MODELS = ['admin::user', 'admin::role', 'admin::api-token'];
/** Files of the media library: written by the upload plugin with the query engine, so logged by lifecycles too. */
/** What a person recognises a file by; its hashes, generated formats and provider data are not actions of anyone. */
const FILE_FIELDS = new Set(['name', 'alternativeText', 'caption', 'url', 'mime', 'size', 'folder', 'folderPath']);
/** Fields that name an item to a person, in order of preference. */
const LABEL_FIELDS = ['title', 'subject', 'consultationTitle', 'name', 'action', 'code', 'number', 'slug', 'path', 'email'];

/** A row as the query engine returns it (fields by name; what the log reads of one is narrowed where it reads it). */
type Row = Record<string, unknown>;
/** A person's row (an admin user): what the log names them by. */
type Person = { id?: unknown; firstname?: unknown; lastname?: unknown; username?: unknown; email?: unknown };
/** A content type's attribute, as far as the log reads it. */
type Attribute = { type: string; private?: boolean; target?: string };
type Model = { attributes: Record<string, Attribute>; options?: { draftAndPublish?: boolean } };
/** A database lifecycle event on the admin's models, as far as the log reads it. */
type ModelEvent = { model: { uid: string }; params: { where?: Row; data?: Row }; result?: Row; state: { before?: Row | null; row?: Row | null } };
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export class AuditLogReadOnlyError extends errors.ForbiddenError {
  constructor() {
    super('Nhật ký thao tác chỉ được ghi thêm: không ai sửa hay xoá được một dòng nhật ký.');
  }
}

/** Inside an import batch the per-document entries give way to the batch's one entry. */
const importBatch = new AsyncLocalStorage<true>();

type RequestActor = Actor & { address: string | null };

function personName(user: Person): string {
  const name = [text(user.firstname), text(user.lastname)].filter(Boolean).join(' ').trim() || text(user.username);
  const email = text(user.email);
  return email ? (name ? `${name} (${email})` : email) : name || `#${String(user.id)}`;
}

/** Who is acting, from Strapi's request context: the admin user, the API token, or nobody (the CMS itself). */
export function currentActor(strapi: Core.Strapi): RequestActor {
  const ctx = strapi.requestContext.get() as RequestContext | undefined;
  if (!ctx) return { kind: 'system', id: null, name: 'Hệ thống (tự động)', address: null };
  // Koa's ctx.request.ip honours Strapi's server.proxy settings (X-Forwarded-For only behind a trusted proxy).
  const address: string | null = ctx.request?.ip || null;
  const auth = ctx.state?.auth as { strategy?: { name?: string }; credentials?: { id?: unknown; name?: string } } | undefined;
  const strategy: string = auth?.strategy?.name ?? '';
  if (/api-token/.test(strategy) && auth?.credentials) {
    const token = auth.credentials;
    return { kind: 'api-token', id: token.id != null ? String(token.id) : null, name: `Khoá API "${token.name ?? '?'}"`, address };
  }
  const user = ctx.state?.user as (Person & { roles?: unknown }) | undefined;
  if (user && (strategy === 'admin' || user.roles)) return { kind: 'admin', id: String(user.id), name: personName(user), address };
  return { kind: 'system', id: null, name: 'Không đăng nhập', address };
}

function modelOf(strapi: Core.Strapi, uid: string): Model {
  return strapi.getModel(uid as UID.Schema) as unknown as Model;
}

/** How each field of a content type is compared; secrets and private personal fields are withheld. */
function fieldSpecs(strapi: Core.Strapi, uid: string): FieldSpec[] {
  return Object.entries(modelOf(strapi, uid).attributes)
    .filter(([name]) => !UNAUDITED_FIELDS.has(name) && (uid !== UPLOAD_FILE || FILE_FIELDS.has(name)))
    .map(([name, attribute]): FieldSpec => {
      // `private` on the portal's own types marks citizens' personal data (e-mail, phone); on Strapi's admin models
      // it only hides fields from API answers (a user's e-mail, roles), which the log must show.
      const personal = uid.startsWith('api::') && attribute.private;
      if (SECRET_FIELDS.has(name) || attribute.type === 'password' || personal) return { name, kind: 'withheld' };
      if (attribute.type === 'relation') return { name, kind: 'relation' };
      if (attribute.type === 'media') return { name, kind: 'media' };
      if (attribute.type === 'component' || attribute.type === 'dynamiczone') return { name, kind: 'component' };
      return { name, kind: 'value' };
    });
}

/** What to load with a row: related items by their label only (not their full text), files by name, components whole. */
function populateOf(strapi: Core.Strapi, uid: string, specs: FieldSpec[]): Row {
  const attributes = modelOf(strapi, uid).attributes;
  const populate: Row = {};
  for (const spec of specs) {
    const attribute = attributes[spec.name];
    if (spec.kind === 'media') populate[spec.name] = { select: ['id', 'name'] };
    else if (spec.kind === 'component') populate[spec.name] = true;
    else if (spec.kind === 'relation' || (spec.kind === 'withheld' && attribute.type === 'relation')) {
      const target = attribute.target ? modelOf(strapi, attribute.target)?.attributes : undefined;
      if (!target) populate[spec.name] = true;
      else populate[spec.name] = { select: ['id', ...['documentId', ...LABEL_FIELDS].filter((f) => f in target && target[f].type !== 'relation')] };
    }
  }
  return populate;
}

function titleOf(row: Row | null, specs: FieldSpec[]): string | null {
  if (!row) return null;
  const withheld = new Set(specs.filter((s) => s.kind === 'withheld').map((s) => s.name));
  if (row.firstname !== undefined || row.lastname !== undefined) return personName(row as Person);
  for (const field of LABEL_FIELDS) {
    const value = row[field];
    if (!withheld.has(field) && typeof value === 'string' && value.trim()) return value.trim().slice(0, 250);
  }
  return null;
}

type NewEntry = {
  action: AuditAction;
  contentType: string | null;
  itemId: string | null;
  title: string | null;
  changes?: FieldChange[] | null;
  summary?: string | null;
  actor?: RequestActor;
};

/** Appends one entry (the only write the log ever receives). */
export async function recordAudit(strapi: Core.Strapi, entry: NewEntry): Promise<void> {
  const actor = entry.actor ?? currentActor(strapi);
  await strapi.db.query(AUDIT_ENTRY).create({
    data: {
      at: new Date(),
      action: entry.action,
      contentType: entry.contentType,
      itemId: entry.itemId,
      title: entry.title,
      actorKind: actor.kind,
      actorId: actor.id,
      actorName: actor.name.slice(0, 250),
      address: actor.address,
      changes: entry.changes?.length ? entry.changes : null,
      summary: entry.summary ?? null,
    },
  });
}

async function readVersion(strapi: Core.Strapi, uid: string, documentId: string, published: boolean, specs: FieldSpec[]): Promise<Row | null> {
  const draftAndPublish = !!modelOf(strapi, uid).options?.draftAndPublish;
  const where: Row = { documentId };
  if (draftAndPublish) where.publishedAt = published ? { $notNull: true } : null;
  return strapi.db.query(uid as UID.Schema).findOne({ where, populate: populateOf(strapi, uid, specs) });
}

/**
 * The document-service middleware. Each logged action runs in one transaction with its entry, so a change is
 * never committed without its line in the log (and a refused change leaves none). Registered last, it sees the
 * write as the other rules made it; the versions before and after are read from the database.
 */
export function registerAuditLog(strapi: Core.Strapi): void {
  // Registered before the admin's bootstrap, which gives super admins every action known by then.
  (strapi.service('admin::permission') as unknown as { actionProvider: { register(action: Row): Promise<unknown> } }).actionProvider
    .register({ uid: 'audit-log.read', section: 'settings', category: 'Nhật ký thao tác', displayName: 'Xem và xuất nhật ký thao tác' })
    .catch((error: unknown) => strapi.log.error(`Audit log: the read permission was not registered: ${error}`));
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    const action = context.action as string;
    if (!WRITE_ACTIONS.has(action)) return next();
    if (uid === AUDIT_ENTRY) throw new AuditLogReadOnlyError();
    if (!uid.startsWith('api::') || UNAUDITED_UIDS.has(uid) || importBatch.getStore()) return next();
    const actor = currentActor(strapi);
    if (action === 'create' && CITIZEN_INPUT_UIDS.has(uid) && actor.kind !== 'admin') return next();

    return strapi.db.transaction(async () => {
      const specs = fieldSpecs(strapi, uid);
      const documentId = (context.params as { documentId?: string }).documentId;
      // A publish changes the public version: compared with the one the public saw before.
      const published = action === 'publish' || action === 'unpublish';
      const before = documentId ? await readVersion(strapi, uid, documentId, published, specs) : null;
      const result = await next();
      const id: string | undefined = documentId ?? (result as { documentId?: string } | undefined)?.documentId;
      const after = id && action !== 'delete' && action !== 'unpublish' ? await readVersion(strapi, uid, id, published, specs) : null;
      const changes = action === 'unpublish' ? null : fieldChanges(before, after, specs);
      // The content manager saves before it publishes; a save that changed nothing is not an action.
      if (action === 'update' && changes?.length === 0) return result;
      // `status: 'published'` (the REST API's ?status=published) publishes inside the same call, past the middlewares.
      const publishedToo = (action === 'create' || action === 'update') && (context.params as { status?: string }).status === 'published';
      await recordAudit(strapi, {
        action: action as AuditAction,
        contentType: uid,
        itemId: id ?? null,
        title: titleOf(after ?? before, specs),
        changes,
        summary: publishedToo && modelOf(strapi, uid).options?.draftAndPublish ? 'Đồng thời xuất bản' : null,
        actor,
      });
      return result;
    });
  });
}

/**
 * An import batch is logged as one entry: who (the importer's token), from where, and for each record its number
 * or source key and outcome. An archive import is thousands of documents; an entry per document would double its
 * writes and bury the editors' own actions, and the batch entry still names every document it touched.
 */
export async function recordImport<T extends { action: string; number?: string | null; sourceKey?: string; error?: string }>(
  strapi: Core.Strapi,
  contentType: string,
  run: () => Promise<T[]>,
): Promise<T[]> {
  const actor = currentActor(strapi);
  const outcomes = await importBatch.run(true, run);
  if (outcomes.length === 0) return outcomes;
  const changes: FieldChange[] = outcomes.slice(0, 500).map((o) => ({
    field: o.number ?? o.sourceKey ?? '?',
    old: null,
    new: o.action === 'failed' ? `lỗi: ${(o.error ?? '').slice(0, 200)}` : o.action === 'created' ? 'tạo mới' : 'cập nhật',
  }));
  await recordAudit(strapi, { action: 'import', contentType, itemId: null, title: null, summary: importSummary(outcomes), changes, actor });
  return outcomes;
}

async function readAdminRow(strapi: Core.Strapi, uid: string, where: Row | undefined, specs: FieldSpec[]): Promise<Row | null> {
  if (!where) return null;
  return strapi.db.query(uid as UID.Schema).findOne({ where, populate: populateOf(strapi, uid, specs) });
}

async function permissionKeys(strapi: Core.Strapi, roleId: unknown): Promise<string[]> {
  const rows: { action: string; subject: string | null }[] = await strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId } }, select: ['action', 'subject'] });
  return rows.map((r) => (r.subject ? `${r.action} ${r.subject}` : r.action));
}

/**
 * Users, roles and API tokens: database lifecycles (the admin's services write them with the query engine, and
 * its events carry no previous values). A role's permissions: around the role service's one call.
 */
function hookAdminModels(strapi: Core.Strapi): void {
  const specsOf = (uid: string) => fieldSpecs(strapi, uid);
  // A file is an editor's action when an admin user makes it; a citizen's attachment arrives with their comment, an
  // importer's original with its import, and a verification report or text is the CMS's own. Decided before the
  // file is read: an import's every file would otherwise be read twice around each of its writes, for nothing.
  const unlogged = (event: ModelEvent) => event.model.uid === UPLOAD_FILE && currentActor(strapi).kind !== 'admin';
  const log = async (event: ModelEvent, action: AuditAction, before: Row | null, after: Row | null) => {
    const uid = event.model.uid;
    const actor = currentActor(strapi);
    const specs = specsOf(uid);
    const changes = fieldChanges(before, after, specs);
    // An update that changed nothing a person did (an API token's last use) is not an action.
    if (action === 'update' && changes.length === 0) return;
    const row = after ?? before;
    await recordAudit(strapi, { action, contentType: uid, itemId: row?.id != null ? String(row.id) : null, title: titleOf(row, specs), changes, actor });
  };
  strapi.db.lifecycles.subscribe({
    models: [...ADMIN_MODELS, UPLOAD_FILE],
    async beforeUpdate(event: ModelEvent) {
      if (unlogged(event)) return;
      event.state.before = await readAdminRow(strapi, event.model.uid, event.params.where, specsOf(event.model.uid));
    },
    async afterUpdate(event: ModelEvent) {
      if (unlogged(event)) return;
      const id = event.result?.id ?? event.state.before?.id;
      const after = id != null ? await readAdminRow(strapi, event.model.uid, { id }, specsOf(event.model.uid)) : null;
      await log(event, 'update', event.state.before ?? null, after);
    },
    async afterCreate(event: ModelEvent) {
      if (unlogged(event)) return;
      const id = event.result?.id;
      const after = id != null ? await readAdminRow(strapi, event.model.uid, { id }, specsOf(event.model.uid)) : null;
      await log(event, 'create', null, after ?? event.result ?? null);
    },
    async beforeDelete(event: ModelEvent) {
      if (unlogged(event)) return;
      event.state.before = await readAdminRow(strapi, event.model.uid, event.params.where, specsOf(event.model.uid));
    },
    async afterDelete(event: ModelEvent) {
      if (event.state.before) await log(event, 'delete', event.state.before, null);
    },
  } as Parameters<typeof strapi.db.lifecycles.subscribe>[0]);

  // A custom API token's permissions are rows of their own, written after the token: one entry per row changed.
  const tokenPermission = async (tokenId: unknown, change: FieldChange) => {
    if (tokenId == null) return;
    const id = typeof tokenId === 'object' ? (tokenId as { id?: unknown }).id : tokenId;
    const token = await strapi.db.query('admin::api-token').findOne({ where: { id }, select: ['id', 'name'] });
    await recordAudit(strapi, { action: 'permissions', contentType: 'admin::api-token', itemId: String(id), title: token?.name ?? null, changes: [change] });
  };
  strapi.db.lifecycles.subscribe({
    models: ['admin::api-token-permission'],
    async afterCreate(event: ModelEvent) {
      await tokenPermission(event.params.data?.token, { field: 'quyền thêm', old: null, new: text(event.result?.action) || text(event.params.data?.action) || null });
    },
    async beforeDelete(event: ModelEvent) {
      event.state.row = await strapi.db.query('admin::api-token-permission').findOne({ where: event.params.where, select: ['action'], populate: { token: { select: ['id'] } } });
    },
    async afterDelete(event: ModelEvent) {
      const row = event.state.row;
      if (row) await tokenPermission(row.token, { field: 'quyền bỏ', old: text(row.action) || null, new: null });
    },
  } as Parameters<typeof strapi.db.lifecycles.subscribe>[0]);

  // A sign-in to the admin: who, when and from where (the event carries the user; the request, the address).
  strapi.eventHub.on('admin.auth.success', async ({ user }: { user?: Person }) => {
    if (!user?.id) return;
    const address = (strapi.requestContext.get() as RequestContext | undefined)?.request?.ip ?? null;
    const actor: RequestActor = { kind: 'admin', id: String(user.id), name: personName(user), address };
    await recordAudit(strapi, { action: 'login', contentType: 'admin::user', itemId: String(user.id), title: personName(user), actor }).catch((error) =>
      strapi.log.error(`Audit log: a sign-in was not recorded: ${error}`),
    );
  });

  const roles = adminRoleService(strapi);
  const assign = roles.assignPermissions;
  roles.assignPermissions = async (roleId: unknown, permissions: readonly AdminPermission[]) => {
    const before = await permissionKeys(strapi, roleId);
    const result = await assign.call(roles, roleId, permissions);
    const changes = permissionChanges(before, await permissionKeys(strapi, roleId));
    if (changes.length) {
      const role = await strapi.db.query('admin::role').findOne({ where: { id: roleId }, select: ['id', 'name'] });
      await recordAudit(strapi, { action: 'permissions', contentType: 'admin::role', itemId: String(roleId), title: role?.name ?? null, changes });
    }
    return result;
  };
}

/** The entries' table and its column names, for the raw SQL (indexes, the trigger, the filter choices). */
function entryTable(strapi: Core.Strapi): { tableName: string; column: (attribute: string) => string } {
  const meta = strapi.db.metadata.get(AUDIT_ENTRY) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
  return { tableName: meta.tableName, column: (attribute) => meta.attributes[attribute].columnName ?? attribute };
}

const APPEND_ONLY = 'cong: nhật ký thao tác chỉ được ghi thêm (audit log is append-only)';

/**
 * The database itself refuses to change or delete an entry (a trigger), so no code path — a plugin, a script with
 * the CMS loaded, a query typed by hand with the application's credentials — can rewrite history. Removing entries
 * (a retention rule) is a deliberate act: drop the trigger first.
 */
async function refuseChangesInTheDatabase(strapi: Core.Strapi, table: string): Promise<void> {
  const client = (strapi.db as unknown as { dialect?: { client?: string } }).dialect?.client;
  const raw = (sql: string) => strapi.db.connection.raw(sql);
  if (client === 'sqlite') {
    for (const operation of ['UPDATE', 'DELETE']) {
      await raw(
        `CREATE TRIGGER IF NOT EXISTS cong_${table}_no_${operation.toLowerCase()} BEFORE ${operation} ON ${table} ` +
          `BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`,
      );
    }
  } else if (client === 'postgres') {
    await raw(`CREATE OR REPLACE FUNCTION cong_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${APPEND_ONLY}'; END $$`);
    await raw(
      `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'cong_${table}_append_only') THEN ` +
        `CREATE TRIGGER cong_${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION cong_append_only(); END IF; END $$`,
    );
  } else {
    strapi.log.warn(`Audit log: no append-only trigger for the ${client} database; the CMS still refuses changes to entries.`);
  }
}

/**
 * At start: the indexes the admin view filters on, the auditor role (it may read the log and nothing else), and
 * the hooks on users, roles and tokens (after provisioning's own role set-up, which would otherwise be logged on
 * every start as the system's).
 */
export async function provisionAuditLog(strapi: Core.Strapi): Promise<void> {
  const { tableName, column } = entryTable(strapi);
  const indexes: Array<[string, string[]]> = [
    ['cong_audit_entries_at_idx', ['at']],
    ['cong_audit_entries_actor_idx', ['actorKind', 'actorId']],
    ['cong_audit_entries_content_type_idx', ['contentType', 'at']],
    ['cong_audit_entries_item_idx', ['itemId']],
  ];
  for (const [name, attributes] of indexes) {
    await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${name} ON ${tableName} (${attributes.map(column).join(', ')})`);
  }
  await refuseChangesInTheDatabase(strapi, tableName);
  if (!(await strapi.db.query('admin::role').findOne({ where: { code: AUDITOR_ROLE.code } }))) {
    const roles = adminRoleService(strapi);
    const role = await roles.create(AUDITOR_ROLE);
    await roles.assignPermissions(role.id, [{ action: AUDIT_READ_ACTION, subject: null, properties: {}, conditions: [] }]);
  }
  hookAdminModels(strapi);
}

// ─── Reading the log ────────────────────────────────────────────────────────────────────────────────────────────

export class NotAuditorError extends Error {}

/** The admin panel's own session token (Authorization: Bearer <admin JWT>) of a super admin or a holder of the read permission. */
export async function assertAuditReader(strapi: Core.Strapi, authorization: string | undefined): Promise<Row> {
  const session = await adminSessionUser(strapi, authorization);
  if (!session) throw new NotAuditorError();
  if (isSuperAdmin(session.user) || session.ability.can(AUDIT_READ_ACTION)) return session.user;
  throw new NotAuditorError();
}

function whereOf(query: AuditQuery): Row {
  const and: Row[] = [];
  if (query.actor) and.push({ actorKind: query.actor.kind }, query.actor.id === null ? { actorId: { $null: true } } : { actorId: query.actor.id });
  if (query.contentType) and.push({ contentType: query.contentType });
  if (query.since) and.push({ at: { $gte: query.since } });
  if (query.until) and.push({ at: { $lt: query.until } });
  if (query.text) and.push({ $or: [{ itemId: query.text }, { title: { $containsi: query.text } }] });
  return and.length ? { $and: and } : {};
}

const ENTRY_FIELDS = ['id', 'at', 'action', 'contentType', 'itemId', 'title', 'actorKind', 'actorId', 'actorName', 'address', 'changes', 'summary'];

function toEntry(row: Row): AuditEntry {
  const at = row.at instanceof Date ? row.at.toISOString() : new Date(row.at as string | number).toISOString();
  return { ...(row as AuditEntry), at, changes: typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes ?? null };
}

/** A content type's name as editors know it ("Văn bản quy phạm pháp luật"), or its uid. */
export function contentTypeLabel(strapi: Core.Strapi, uid: string | null): string {
  if (!uid) return '';
  const admin: Record<string, string> = {
    'admin::user': 'Tài khoản quản trị',
    'admin::role': 'Vai trò',
    'admin::api-token': 'Khoá API',
    [UPLOAD_FILE]: 'Tệp trong thư viện',
  };
  return admin[uid] ?? (strapi.getModel(uid as UID.Schema) as { info?: { displayName?: string } } | undefined)?.info?.displayName ?? uid;
}

export type AuditPage = {
  /** Each entry with what the view shows as is: its time (dd/mm/yyyy HH:mm, Vietnam), the action and the content type in Vietnamese. */
  entries: (AuditEntry & { time: string; actionLabel: string; contentTypeLabel: string })[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
  /** Who and which content types appear in the log at all: the view's filter choices. */
  actors: { key: string; name: string }[];
  contentTypes: { uid: string; label: string }[];
};

export async function listAudit(strapi: Core.Strapi, query: AuditQuery): Promise<AuditPage> {
  const where = whereOf(query);
  const q = strapi.db.query(AUDIT_ENTRY);
  const { tableName, column } = entryTable(strapi);
  const table = () => strapi.db.connection(tableName);
  const [rows, total, actorRows, typeRows] = await Promise.all([
    q.findMany({ where, select: ENTRY_FIELDS, orderBy: [{ at: 'desc' }, { id: 'desc' }], offset: (query.page - 1) * query.pageSize, limit: query.pageSize }),
    q.count({ where }),
    table().distinct({ kind: column('actorKind'), id: column('actorId'), name: column('actorName') }),
    table().distinct({ uid: column('contentType') }),
  ]);
  const actors = new Map<string, string>();
  for (const r of actorRows as { kind: string; id: string | null; name: string }[]) actors.set(r.id == null ? r.kind : `${r.kind}:${r.id}`, r.name);
  return {
    entries: (rows as Row[])
      .map(toEntry)
      .map((e) => ({ ...e, time: auditTime(e.at), actionLabel: AUDIT_ACTION_LABELS[e.action] ?? e.action, contentTypeLabel: contentTypeLabel(strapi, e.contentType) })),
    pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
    actors: [...actors].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    contentTypes: (typeRows as { uid: string | null }[])
      .map((r) => r.uid)
      .filter((uid): uid is string => !!uid)
      .map((uid) => ({ uid, label: contentTypeLabel(strapi, uid) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
  };
}

/** Most rows in one export; a wider period is exported in parts (the filters narrow it). */
export const MAX_EXPORT_ROWS = 50_000;

export async function exportAudit(strapi: Core.Strapi, query: AuditQuery): Promise<string> {
  const rows: Row[] = await strapi.db.query(AUDIT_ENTRY).findMany({
    where: whereOf(query),
    select: ENTRY_FIELDS,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    limit: MAX_EXPORT_ROWS,
  });
  return auditCsv(rows.map(toEntry), (uid) => contentTypeLabel(strapi, uid));
}
