import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { deriveValidity, todayInVietnam, type RelationKind } from '@cong/content';
import { LEGAL_DOCUMENT } from '../../model/uids';
import { announceChanges } from '../change-feed/announce';
import { searchSync } from '../search/search-sync';

/** A document's own dates as selected below (date columns come back as `YYYY-MM-DD` strings). */
type DatedRow = { issuedDate: string | null; effectiveDate: string | null; expiryDate: string | null };
type TargetRow = DatedRow & { id: number; documentId: string; numberKey?: string | null; validityStatus: string | null; validityHistory?: unknown };
type ActorRow = DatedRow & { number: string; relations?: { targetNumberKey: string | null; kind: RelationKind; partial?: boolean | null }[] | null };

/**
 * Validity (tình trạng hiệu lực) is derived by the shared rule in `@cong/content` from a document's own dates
 * and the published documents acting on it; the CMS only stores the result (so the site can filter on it)
 * and re-derives it whenever either side changes, and every night for dates that pass.
 */
const deferred = new AsyncLocalStorage<{ keys: Set<string>; unnumbered: Set<string> }>();

/** Runs `work` (e.g. an import batch) and re-derives validity once at the end for every key it touched. */
export async function withDeferredValidity<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> {
  const pending = { keys: new Set<string>(), unnumbered: new Set<string>() };
  const result = await deferred.run(pending, work);
  await refreshValidity(strapi, [...pending.keys], [...pending.unnumbered]);
  return result;
}

/**
 * Re-derives validity for the documents with these number keys (and those acting on them), plus documents
 * that have no number yet, named by documentId (nothing can cite them, but their own dates count).
 */
export async function refreshValidity(strapi: Core.Strapi, numberKeys: string[], unnumbered: string[] = []): Promise<number> {
  const keys = [...new Set(numberKeys.filter(Boolean))];
  const pending = deferred.getStore();
  if (pending) {
    for (const key of keys) pending.keys.add(key);
    for (const id of unnumbered) pending.unnumbered.add(id);
    return 0;
  }
  const today = todayInVietnam();
  let changed = unnumbered.length ? await refreshUnnumbered(strapi, { documentId: { $in: unnumbered } }) : 0;
  for (let i = 0; i < keys.length; i += 200) {
    changed += await refreshChunk(strapi, keys.slice(i, i + 200), today);
  }
  return changed;
}

async function refreshChunk(strapi: Core.Strapi, keys: string[], today: string): Promise<number> {
  const targets: TargetRow[] = await strapi.db.query(LEGAL_DOCUMENT).findMany({
    where: { numberKey: { $in: keys } },
    select: ['id', 'documentId', 'numberKey', 'issuedDate', 'effectiveDate', 'expiryDate', 'validityStatus', 'validityHistory'],
  });
  if (!targets.length) return 0;
  // Only published documents act on others: a draft that "repeals" something changes nothing yet.
  const actors: ActorRow[] = await strapi.db.query(LEGAL_DOCUMENT).findMany({
    where: { publishedAt: { $notNull: true }, relations: { targetNumberKey: { $in: keys } } },
    select: ['number', 'issuedDate', 'effectiveDate', 'expiryDate'],
    populate: { relations: true },
  });
  const changes: ValidityChange[] = [];
  for (const target of targets) {
    const incoming = actors.flatMap((actor) =>
      (actor.relations ?? [])
        .filter((r) => r.targetNumberKey === target.numberKey)
        .map((r) => ({
          kind: r.kind,
          number: actor.number,
          partial: !!r.partial,
          effectiveDate: actor.effectiveDate ?? actor.issuedDate ?? null,
          expiryDate: actor.expiryDate ?? null,
        })),
    );
    const { status, history } = deriveValidity(
      { issuedDate: target.issuedDate, effectiveDate: target.effectiveDate, expiryDate: target.expiryDate, incoming },
      today,
    );
    if (status === target.validityStatus && JSON.stringify(history) === JSON.stringify(target.validityHistory)) continue;
    changes.push({ id: target.id, documentId: target.documentId, status, history });
  }
  await writeValidity(strapi, changes);
  return changes.length;
}

type ValidityChange = { id: number; documentId: string; status: string; history: unknown };

/**
 * Derived fields are written straight to the rows, in one transaction: going through the document service
 * would create a new draft state (and re-run these rules), and a commit per row is the slowest part of an
 * archive import.
 */
async function writeValidity(strapi: Core.Strapi, changes: ValidityChange[]): Promise<void> {
  if (!changes.length) return;
  const table = strapi.db.metadata.get(LEGAL_DOCUMENT).tableName;
  await strapi.db.transaction(async ({ trx }) => {
    for (const change of changes) {
      await trx(table)
        .where({ id: change.id })
        .update({ validity_status: change.status, validity_history: JSON.stringify(change.history) });
    }
  });
  const moved = new Set(changes.map((c) => c.documentId));
  // The site shows validity on every list and page of these documents; it is also a search facet: re-index them.
  announceChanges(strapi, LEGAL_DOCUMENT, moved);
  searchSync(strapi).enqueue(LEGAL_DOCUMENT, moved);
}

/** Documents without a number cannot be acted on by reference, but their own dates still count. */
export async function refreshAllValidity(strapi: Core.Strapi): Promise<number> {
  const rows: { numberKey: string }[] = await strapi.db.query(LEGAL_DOCUMENT).findMany({ select: ['numberKey'], where: { numberKey: { $notNull: true } } });
  const changed = await refreshValidity(strapi, rows.map((r) => r.numberKey));
  return changed + (await refreshUnnumbered(strapi, {}));
}

async function refreshUnnumbered(strapi: Core.Strapi, where: Record<string, unknown>): Promise<number> {
  const today = todayInVietnam();
  const rows: TargetRow[] = await strapi.db.query(LEGAL_DOCUMENT).findMany({
    where: { ...where, numberKey: { $null: true } },
    select: ['id', 'documentId', 'issuedDate', 'effectiveDate', 'expiryDate', 'validityStatus'],
  });
  const changes: ValidityChange[] = [];
  for (const row of rows) {
    const { status, history } = deriveValidity({ issuedDate: row.issuedDate, effectiveDate: row.effectiveDate, expiryDate: row.expiryDate, incoming: [] }, today);
    if (status !== row.validityStatus) changes.push({ id: row.id, documentId: row.documentId, status, history });
  }
  await writeValidity(strapi, changes);
  return changes.length;
}
