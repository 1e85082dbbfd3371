import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  OPEN_DATA_DATASETS,
  OPEN_DATA_LICENCES,
  OPEN_DATA_MEDIA_TYPES,
  type OpenDataDatasetKey,
  type OpenDataManifest,
  OpenDataManifestSchema,
} from '@cong/content';
import { agency } from '../../config/agency.ts';
import { vi } from '../../i18n/vi.ts';
import { onInvalidate } from '../page-cache/invalidation.ts';
import { agencyProfile } from '../portal/portal.ts';
import { chooseEncoding } from '../page-cache/negotiate.ts';
import { absoluteUrl, paths } from '../render/urls.ts';
import { env, siteDataDir } from '../server/env.ts';
import { CmsUnavailableError } from '../server/errors.ts';
import { type Generation, Generations } from './generation.ts';
import { commentRecords, directoryRecords, documentRecords, draftRecords } from './records.ts';
import { gzipName, writeDataset, type WrittenDataset } from './writer.ts';

/**
 * Dữ liệu mở: the bulk files of /du-lieu-mo and their manifest (/du-lieu-mo/danh-muc.json), generated together
 * (generation.ts) and served from the folder of the generation the manifest describes.
 */

/** SITE_OPEN_DATA_DIR, else `open-data/` in the site's data folder (as the journal's: SEARCH_DB_PATH's, CONG_DATA_DIR, .data). */
export function openDataDir(source: Record<string, string | undefined> = process.env): string {
  return source.SITE_OPEN_DATA_DIR || join(siteDataDir(source), 'open-data');
}

async function generate(dir: string): Promise<OpenDataManifest> {
  // One dataset after another (an object literal's awaits run in order): one page of the CMS's answer in memory at a time.
  const written: Record<OpenDataDatasetKey, WrittenDataset> = {
    documents: await writeDataset(dir, OPEN_DATA_DATASETS.documents, documentRecords()),
    drafts: await writeDataset(dir, OPEN_DATA_DATASETS.drafts, draftRecords()),
    comments: await writeDataset(dir, OPEN_DATA_DATASETS.comments, commentRecords()),
    directory: await writeDataset(dir, OPEN_DATA_DATASETS.directory, await directoryRecords()),
  };
  const generatedAt = new Date().toISOString();
  return OpenDataManifestSchema.parse({
    title: `${vi.openData.title} — ${agency.portalName}`,
    // The agency as editors keep it in the CMS (the footer's), the AGENCY_* settings when it cannot answer.
    publisher: (await agencyProfile().catch(() => null))?.name || agency.name,
    generatedAt,
    licence: OPEN_DATA_LICENCES[env.OPEN_DATA_LICENCE],
    apiDescription: absoluteUrl(paths.apiOpenApi),
    apiDocumentation: absoluteUrl(paths.apiDocs),
    datasets: Object.values(OPEN_DATA_DATASETS).map((dataset) => ({
      key: dataset.key,
      title: vi.openData.datasets[dataset.key].title,
      description: vi.openData.datasets[dataset.key].description,
      records: written[dataset.key].records,
      files: written[dataset.key].files.map((file) => ({
        name: file.name,
        url: absoluteUrl(paths.openDataFile(file.name)),
        format: file.format,
        mediaType: OPEN_DATA_MEDIA_TYPES[file.format],
        size: file.size,
        sha256: file.sha256,
        generatedAt,
      })),
    })),
  });
}

const KEY = Symbol.for('cong.site.openData');
type Holder = typeof globalThis & { [KEY]?: Generations<OpenDataManifest> };

/** The process's open-data generations; they follow the CMS's change feed from the first call. */
export function openData(): Generations<OpenDataManifest> {
  const holder = globalThis as Holder;
  let generations = holder[KEY];
  if (!generations) {
    const created = new Generations<OpenDataManifest>({
      root: openDataDir(),
      generate,
      // The page says the files are being prepared (503, Retry-After), as when the CMS cannot give them.
      notReady: () => new CmsUnavailableError('open data: the first generation of the files is still running', 'Nothing to fix: /du-lieu-mo answers once the files are generated (minutes for a large registry).'),
    });
    onInvalidate((tags) => created.invalidate(tags));
    holder[KEY] = generations = created;
  }
  return generations;
}

/**
 * One file of a generation, streamed from its folder: gzip when the client takes it (the digest is the identity
 * bytes', which the client gets back by decoding), with the SHA-256 as its ETag and `Repr-Digest` (RFC 9530).
 */
export function fileResponse(generation: Generation<OpenDataManifest>, name: string, request: Request): Response | null {
  const file = generation.result.datasets.flatMap((d) => d.files).find((f) => f.name === name);
  if (!file) return null;
  const etag = `"${file.sha256}"`;
  const gzip = chooseEncoding(request.headers.get('accept-encoding') ?? undefined, { br: false, gzip: true }) === 'gzip';
  const headers: Record<string, string> = {
    'Content-Type': file.mediaType,
    'Content-Disposition': `attachment; filename="${file.name}"`,
    ETag: gzip ? `"${file.sha256}-gz"` : etag,
    'Repr-Digest': `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
    'Last-Modified': new Date(file.generatedAt).toUTCString(),
    Vary: 'Accept-Encoding',
  };
  if (request.headers.get('if-none-match') === headers.ETag) return new Response(null, { status: 304, headers: { ETag: headers.ETag, Vary: 'Accept-Encoding' } });
  if (gzip) headers['Content-Encoding'] = 'gzip';
  else headers['Content-Length'] = String(file.size);
  const path = join(generation.dir, gzip ? gzipName(file.name) : file.name);
  const body = request.method === 'HEAD' ? null : (Readable.toWeb(createReadStream(path)) as ReadableStream);
  return new Response(body, { headers });
}
