import { normalizeInput } from '@cong/content';

/**
 * What a writer sent through the document service (the admin's form, a REST body, the importer, the demo loader),
 * for whichever content type the middleware sees, and the document an action returned. Untyped by nature until a
 * rule has checked it, and shared by every content type a middleware covers; a row read back from the database is
 * typed instead (model/rows.ts).
 */
export type EditorData = Record<string, unknown>;

/** What a document-service action is called with, as the middlewares read it. */
export type EditorParams = { documentId?: string; status?: string; locale?: string; data?: EditorData };

export function paramsOf(context: { params?: unknown }): EditorParams {
  return (context.params ?? {}) as EditorParams;
}

/** The id of the document an action returned (a create's new id), when it returned one. */
export function resultDocumentId(result: unknown): string | undefined {
  return (result as { documentId?: string } | null | undefined)?.documentId;
}

/**
 * Every middleware's first step on a write: a create or update carrying data has its text NFC-normalised in place
 * (content/src/vietnamese-text.ts), before any rule reads it. Returns that data, or null when the action writes none.
 */
export function normalizedWrite(context: { action: string; params: unknown }): EditorData | null {
  const params = paramsOf(context);
  if ((context.action !== 'create' && context.action !== 'update') || !params.data) return null;
  params.data = normalizeInput(params.data);
  return params.data;
}
