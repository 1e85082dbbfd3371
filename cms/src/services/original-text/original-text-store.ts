import type { Core } from '@strapi/strapi';
import { TextLayerSchema, type TextLayer } from '@cong/content';
import { ORIGINAL_TEXT } from '../../model/uids';

/**
 * Where the extraction queue keeps each file's text: one row of "Nội dung tệp gốc" per upload, keyed by its file
 * id, off the file itself (every answer of the media library would otherwise carry the whole text). Read by the
 * queue, the editor's side panel and the search sources (which join it to a document's attachments).
 */
export type TextRow = { id: number; file: number; status: string; pages: unknown; error: string | null; attempts: number | null; ocr: boolean | null };

/** A stored row as the shared schema's text layer; null when it does not read as one (never written, or by hand). */
export function textLayerOfRow(row: TextRow | null | undefined): TextLayer | null {
  if (!row) return null;
  const parsed = TextLayerSchema.safeParse({ status: row.status, pages: row.pages ?? [], error: row.error ?? null, attempts: row.attempts ?? 0, ...(row.ocr === null || row.ocr === undefined ? {} : { ocr: row.ocr }) });
  return parsed.success ? parsed.data : null;
}

/** The stored text layers of these files, by file id. */
export async function textLayersOf(strapi: Core.Strapi, fileIds: readonly number[]): Promise<Map<number, TextLayer>> {
  const layers = new Map<number, TextLayer>();
  for (let i = 0; i < fileIds.length; i += 500) {
    const rows: TextRow[] = await strapi.db.query(ORIGINAL_TEXT).findMany({ where: { file: { $in: fileIds.slice(i, i + 500) } } });
    for (const row of rows) {
      const layer = textLayerOfRow(row);
      if (layer) layers.set(row.file, layer);
    }
  }
  return layers;
}

/** Writes a file's text layer (one row per file); `rowId` when the caller has just read the row. */
export async function saveTextLayer(strapi: Core.Strapi, fileId: number, layer: TextLayer, rowId?: number): Promise<void> {
  const data = { status: layer.status, pages: layer.pages, error: layer.error, attempts: layer.attempts, ocr: layer.ocr ?? null };
  const texts = strapi.db.query(ORIGINAL_TEXT);
  const id = rowId ?? ((await texts.findOne({ where: { file: fileId }, select: ['id'] })) as { id: number } | null)?.id;
  // One UPDATE: the query engine's `update` would read the row before and after, and open a transaction for
  // relations this type does not have (no lifecycle of this type needs the row either).
  if (id !== undefined) await texts.updateMany({ where: { id }, data });
  else await texts.create({ data: { file: fileId, ...data }, select: ['id'] });
}
