import { csvText, formatDateTime, isCalendarDate } from '@cong/content';

/**
 * The audit log's rules, without Strapi: what an entry says, how a change of a field is written down (old and
 * new, bounded, private values withheld), how the list is filtered and how it is exported. The glue that reads
 * rows and the request (who, from where) is cms/src/services/audit/audit-log.ts.
 */

export type AuditAction =
  | 'create'
  | 'update'
  | 'publish'
  | 'unpublish'
  | 'delete'
  | 'discardDraft'
  | 'import'
  | 'permissions'
  | 'login';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Tạo mới',
  update: 'Sửa',
  publish: 'Xuất bản',
  unpublish: 'Gỡ xuất bản',
  delete: 'Xoá',
  discardDraft: 'Bỏ bản nháp',
  import: 'Nhập dữ liệu',
  permissions: 'Đổi quyền',
  login: 'Đăng nhập',
};

export type ActorKind = 'admin' | 'api-token' | 'system';

/** Who acted: an admin user, an API token (the importer, the site) or the CMS itself (start-up, scheduled jobs). */
export type Actor = { kind: ActorKind; id: string | null; name: string };

/** One changed field. A private field (a citizen's e-mail or phone, a password hash) says only that it changed. */
export type FieldChange = { field: string; old?: string | null; new?: string | null; withheld?: true };

export type AuditEntry = {
  id: number;
  at: string;
  action: AuditAction;
  contentType: string | null;
  itemId: string | null;
  title: string | null;
  actorKind: ActorKind;
  actorId: string | null;
  actorName: string;
  address: string | null;
  changes: FieldChange[] | null;
  summary: string | null;
};

/** How a field's value is compared and shown. `withheld`: its values are never copied into the log. */
export type FieldSpec = { name: string; kind: 'value' | 'relation' | 'media' | 'component' | 'withheld' };

/** Longest text kept for one old or new value: enough to recognise the change, not a second copy of the content. */
export const MAX_VALUE_LENGTH = 300;
/** Most changed fields kept in one entry (a content type has fewer; this bounds what a hostile write can store). */
const MAX_CHANGES = 60;

type Row = Record<string, unknown>;

/** A relation, a file or a component as a person reads it: its title or name, not its database id. */
function labelOf(value: unknown): unknown {
  if (value === null || value === undefined || typeof value !== 'object') return value;
  const row = value as Row;
  return row.title ?? row.name ?? row.action ?? row.code ?? row.slug ?? row.documentId ?? row.id ?? null;
}

/** Component rows without their database ids (which change on every save), so only real edits compare unequal. */
function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Row = {};
  for (const [key, inner] of Object.entries(value as Row)) {
    if (key === 'id' || key === '__pivot') continue;
    out[key] = withoutIds(inner);
  }
  return out;
}

function comparable(spec: FieldSpec, value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (spec.kind === 'relation' || spec.kind === 'media') {
    if (Array.isArray(value)) return value.length ? value.map(labelOf).map(String).sort() : null;
    return labelOf(value);
  }
  if (spec.kind === 'component') {
    const plain = withoutIds(value);
    return Array.isArray(plain) && plain.length === 0 ? null : plain;
  }
  if (value instanceof Date) return value.toISOString();
  return value;
}

/** A value as one line of text, cut at MAX_VALUE_LENGTH characters. */
export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value : Array.isArray(value) && value.every((v) => typeof v !== 'object') ? value.join(', ') : JSON.stringify(value);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_VALUE_LENGTH ? `${line.slice(0, MAX_VALUE_LENGTH - 1)}…` : line;
}

/**
 * The fields whose value differs between two versions of an item (`before` null: created; `after` null: deleted,
 * then the old values are kept so the log says what was lost). Withheld fields are listed without values.
 */
export function fieldChanges(before: Row | null, after: Row | null, specs: readonly FieldSpec[]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const spec of specs) {
    const old = before ? comparable(spec, before[spec.name]) : null;
    const now = after ? comparable(spec, after[spec.name]) : null;
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    changes.push(spec.kind === 'withheld' ? { field: spec.name, withheld: true } : { field: spec.name, old: displayValue(old), new: displayValue(now) });
    if (changes.length === MAX_CHANGES) break;
  }
  return changes;
}

/** Fields never compared: bookkeeping Strapi maintains itself, and what the entry already records (who, when). */
export const UNAUDITED_FIELDS = new Set([
  'id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations',
  // An API token's last use moves on every request that uses it: not an action of anyone.
  'lastUsedAt',
]);

/** Fields whose values are secrets whatever the schema says: password hashes, reset and registration tokens, key hashes. */
export const SECRET_FIELDS = new Set(['password', 'resetPasswordToken', 'registrationToken', 'accessKey', 'encryptedKey', 'confirmationToken']);

/** The change list as one cell of text: `field: old → new; email: (đã thay đổi)`. */
export function changesText(changes: readonly FieldChange[] | null): string {
  return (changes ?? [])
    .map((c) => (c.withheld ? `${c.field}: (đã thay đổi, không ghi giá trị)` : `${c.field}: ${c.old ?? '(trống)'} → ${c.new ?? '(trống)'}`))
    .join('; ');
}

/** An import batch as one line: how many records were created, updated and refused. */
export function importSummary(outcomes: readonly { action: string; number?: string | null; sourceKey?: string; error?: string }[]): string {
  const count = (action: string) => outcomes.filter((o) => o.action === action).length;
  const failed = outcomes.filter((o) => o.action === 'failed').map((o) => o.number ?? o.sourceKey ?? '?');
  const head = `${outcomes.length} bản ghi: ${count('created')} tạo mới, ${count('updated')} cập nhật, ${failed.length} lỗi`;
  return failed.length ? `${head} (${displayValue(failed.join(', '))})` : head;
}

/** A role's permissions before and after, as the actions added and removed (each `action subject`). */
export function permissionChanges(before: readonly string[], after: readonly string[]): FieldChange[] {
  const added = after.filter((p) => !before.includes(p)).sort();
  const removed = before.filter((p) => !after.includes(p)).sort();
  const changes: FieldChange[] = [];
  if (added.length) changes.push({ field: 'quyền thêm', old: null, new: displayValue(added) });
  if (removed.length) changes.push({ field: 'quyền bỏ', old: displayValue(removed), new: null });
  return changes;
}

export type AuditQuery = {
  /** `<kind>:<id>` of one actor, e.g. `admin:3` or `api-token:2`. */
  actor: { kind: ActorKind; id: string | null } | null;
  contentType: string | null;
  /** An instant range from Vietnamese calendar days: from 00:00 of `from` to 24:00 of `to`, Asia/Ho_Chi_Minh (UTC+7, no DST). */
  since: Date | null;
  until: Date | null;
  /** A document's id, or words of its title. */
  text: string | null;
  page: number;
  pageSize: number;
};

export const AUDIT_PAGE_SIZES = [20, 50, 100] as const;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const ACTOR_KINDS: readonly ActorKind[] = ['admin', 'api-token', 'system'];
export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, string>> = {
  admin: 'Người quản trị',
  'api-token': 'Khóa API',
  system: 'Hệ thống',
};

function vietnamMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/** The admin view's filters from a query string, with a Vietnamese message that says what to fix. */
export function parseAuditQuery(query: Record<string, unknown>): Parsed<AuditQuery> {
  const str = (key: string) => (typeof query[key] === 'string' && (query[key] as string).trim() !== '' ? (query[key] as string).trim() : null);
  let actor: AuditQuery['actor'] = null;
  const actorText = str('actor');
  if (actorText) {
    const [kind, ...rest] = actorText.split(':');
    if (!ACTOR_KINDS.includes(kind as ActorKind)) return { ok: false, error: `Người thực hiện "${actorText}" không hợp lệ (cần dạng admin:3, api-token:2 hoặc system).` };
    actor = { kind: kind as ActorKind, id: rest.length ? rest.join(':') : null };
  }
  const from = str('from');
  const to = str('to');
  for (const [name, day] of [['Từ ngày', from], ['Đến ngày', to]] as const) {
    if (day && !isCalendarDate(day)) return { ok: false, error: `${name} "${day}" không hợp lệ: cần dạng YYYY-MM-DD.` };
  }
  if (from && to && from > to) return { ok: false, error: 'Từ ngày phải trước hoặc bằng Đến ngày.' };
  const page = Number(str('page') ?? '1');
  const pageSize = Number(str('pageSize') ?? '50');
  if (!Number.isInteger(page) || page < 1) return { ok: false, error: 'Số trang phải là số nguyên từ 1.' };
  if (!(AUDIT_PAGE_SIZES as readonly number[]).includes(pageSize)) return { ok: false, error: `Số dòng mỗi trang chỉ nhận ${AUDIT_PAGE_SIZES.join(', ')}.` };
  const contentType = str('contentType');
  if (contentType && !/^[a-z-]+::[a-z0-9.-]+$/.test(contentType)) return { ok: false, error: `Loại nội dung "${contentType}" không hợp lệ.` };
  return {
    ok: true,
    value: {
      actor,
      contentType,
      since: from ? vietnamMidnight(from) : null,
      until: to ? new Date(vietnamMidnight(to).getTime() + 86_400_000) : null,
      text: str('q')?.slice(0, 200) ?? null,
      page,
      pageSize,
    },
  };
}

/** An entry's time as the admin view and the export show it: dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh. */
export function auditTime(iso: string): string {
  const [time = '', day = ''] = formatDateTime(iso).split(' ');
  return `${day} ${time}`.trim();
}

export const AUDIT_CSV_HEADER = ['Thời gian', 'Người thực hiện', 'Thao tác', 'Loại nội dung', 'Mã nội dung', 'Tiêu đề', 'Thay đổi', 'Địa chỉ IP'] as const;

/** The export: one row per entry, times dd/mm/yyyy HH:mm in Vietnam, through the portal's one CSV writer. */
export function auditCsv(entries: readonly AuditEntry[], contentTypeLabel: (uid: string | null) => string): string {
  const rows = entries.map((e) => {
    return [
      auditTime(e.at),
      e.actorName,
      AUDIT_ACTION_LABELS[e.action] ?? e.action,
      contentTypeLabel(e.contentType),
      e.itemId ?? '',
      e.title ?? '',
      [e.summary, changesText(e.changes)].filter(Boolean).join(' — '),
      e.address ?? '',
    ];
  });
  return csvText(AUDIT_CSV_HEADER, rows);
}
