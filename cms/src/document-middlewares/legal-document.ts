import type { Core } from '@strapi/strapi';
import { numberSlug, parseDocumentNumber } from '@cong/content';
import { ISSUING_BODY, LEGAL_DOCUMENT, REGISTRY_UIDS } from '../model/uids';
import { readToOneRelation, type RelationRef } from '../rules/relation-input';
import { legalDocumentPublishProblem } from '../rules/publishability';
import { WRITE_ACTIONS } from '../rules/document-actions';
import { RuleViolationError } from '../errors';
import { refreshValidity } from '../services/registry/validity-sync';
import { uniqueSlug } from '../services/registry/slugs';
import { relationArticlesProblem, withRelationKeys } from '../rules/document-relations';
import { stampFirstPublication } from '../services/registry/first-publication';

import { type EditorData, type EditorParams, normalizedWrite, paramsOf, resultDocumentId } from './editor-data';

/**
 * Every write to the registry goes through this one document-service middleware, whoever makes it (admin
 * panel, REST, the importer): text is NFC-normalised, the number is validated and derived fields (numberKey,
 * slug, relation keys) are computed, numbers stay unique per issuing body, and validity is re-derived for
 * the document and every document it acts on. Nothing else rewrites what the editor wrote.
 */
export function registerLegalDocumentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as string;
    if (!(REGISTRY_UIDS as readonly string[]).includes(uid)) return next();
    const params = paramsOf(context);
    normalizedWrite(context);
    if (uid !== LEGAL_DOCUMENT) return next();

    const documentId: string | undefined = params.documentId;
    const affectedBefore = documentId ? await relationKeysOf(strapi, documentId) : [];
    if (context.action === 'create' || context.action === 'update') {
      if (params.data) await prepareWrite(strapi, params.data, documentId);
      await keepFirstPublication(strapi, context.action, params, documentId);
    }
    if (context.action === 'publish' && documentId) {
      await assertPublishable(strapi, documentId);
      // Stamped on the draft before Strapi clones it into the published row (services/registry/first-publication.ts).
      await stampFirstPublication(strapi, documentId);
    }

    const result = await next();

    if (WRITE_ACTIONS.has(context.action)) {
      const id = documentId ?? resultDocumentId(result);
      const keys = new Set<string>(affectedBefore);
      if (id) for (const key of await relationKeysOf(strapi, id)) keys.add(key);
      const own = id ? await ownKeyOf(strapi, id) : null;
      if (own) keys.add(own);
      // Validity is a search facet: the documents whose status moves are re-indexed (search-index.ts
      // indexes this document itself).
      await refreshValidity(strapi, [...keys], id && !own && context.action !== 'delete' ? [id] : []);
    }
    return result;
  });
}

/** Derive numberKey, slug and relation keys from what the editor wrote; reject a malformed or duplicate number. */
async function prepareWrite(strapi: Core.Strapi, data: EditorData, documentId: string | undefined): Promise<void> {
  if (Array.isArray(data.relations)) {
    const problem = relationArticlesProblem(data.relations);
    if (problem) throw new RuleViolationError(problem, 'relations');
    data.relations = withRelationKeys(data.relations);
  }
  if (!('number' in data)) return;
  const raw = typeof data.number === 'string' ? data.number.trim() : '';
  if (!raw) {
    data.number = null;
    data.numberKey = null;
    data.slug = null;
    return;
  }
  const parsed = parseDocumentNumber(raw);
  if (!parsed.ok) throw new RuleViolationError(parsed.error, 'number');
  data.number = raw;
  data.numberKey = parsed.value.key;

  const issuer = await resolveIssuer(strapi, data.issuingBody, documentId);
  const clash = await strapi.db.query(LEGAL_DOCUMENT).findOne({
    where: {
      numberKey: parsed.value.key,
      ...(issuer ? { issuingBody: { id: issuer.id } } : { issuingBody: { id: { $null: true } } }),
      ...(documentId ? { documentId: { $ne: documentId } } : {}),
    },
    select: ['documentId', 'title'],
  });
  if (clash) {
    throw new RuleViolationError(
      `Số ký hiệu "${raw}" đã được dùng cho văn bản khác của ${issuer?.name ?? 'cơ quan này'} ("${clash.title}"). ` +
        'Kiểm tra lại số ký hiệu, hoặc mở văn bản đã có để cập nhật.',
      'number',
    );
  }
  data.slug = await uniqueSlug(strapi, numberSlug(raw) ?? parsed.value.slug, issuer?.slug ?? null, documentId);
}

async function resolveIssuer(
  strapi: Core.Strapi,
  written: unknown,
  documentId: string | undefined,
): Promise<{ id: number; name: string; slug: string | null } | null> {
  const ref: RelationRef = readToOneRelation(written);
  if (ref === null) return null;
  if (ref === undefined) {
    if (!documentId) return null;
    const current = await strapi.db.query(LEGAL_DOCUMENT).findOne({
      where: { documentId },
      populate: { issuingBody: { select: ['id', 'name', 'slug'] } },
    });
    return current?.issuingBody ?? null;
  }
  return strapi.db.query(ISSUING_BODY).findOne({ where: ref.id ? { id: ref.id } : { documentId: ref.documentId }, select: ['id', 'name', 'slug'] });
}

/**
 * Nobody writes the first publication: it is dropped from what was sent (an update that carried it would even be
 * nulled by Strapi 5.54's own pipeline, which reserves the name for its experimental feature), and set here only when
 * this write publishes (`status: 'published'`: Strapi then publishes internally, past this middleware) — a new
 * document's in its data, an existing one's on its rows before the draft is cloned.
 */
async function keepFirstPublication(strapi: Core.Strapi, action: string, params: EditorParams, documentId: string | undefined): Promise<void> {
  if (!params.data) return;
  delete params.data.firstPublishedAt;
  if (params.status !== 'published') return;
  if (action === 'create') params.data.firstPublishedAt = new Date();
  else if (documentId) await stampFirstPublication(strapi, documentId);
}

/** A document reaches the public only with the statutory minimum filled in (rules/publishability.ts). */
async function assertPublishable(strapi: Core.Strapi, documentId: string): Promise<void> {
  const draft = await strapi.db.query(LEGAL_DOCUMENT).findOne({
    where: { documentId, publishedAt: null },
    populate: { documentType: { select: ['id'] }, issuingBody: { select: ['id'] } },
  });
  if (!draft) return;
  const problem = legalDocumentPublishProblem(draft);
  if (problem) throw new RuleViolationError(problem.message);
}

async function relationKeysOf(strapi: Core.Strapi, documentId: string): Promise<string[]> {
  const rows = await strapi.db.query(LEGAL_DOCUMENT).findMany({
    where: { documentId },
    populate: { relations: true },
  });
  return rows.flatMap((row: { relations?: { targetNumberKey: string | null }[] | null }) => (row.relations ?? []).flatMap((r) => r.targetNumberKey ?? []));
}

async function ownKeyOf(strapi: Core.Strapi, documentId: string): Promise<string | null> {
  const row = await strapi.db.query(LEGAL_DOCUMENT).findOne({ where: { documentId }, select: ['numberKey'] });
  return row?.numberKey ?? null;
}
