import { dirname, join } from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * Strapi's own upload security check (the `plugin::upload.security` allow and deny lists, with content sniffing
 * by file-type), which only Strapi's upload controllers call. @strapi/upload does not export it, so it is loaded
 * from its file; checked against @strapi/upload 5.54.0 (dist/server/utils/mime-validation.js, `validateFiles`; checked-against.ts).
 */
type FileLike = { filepath: string; originalFilename: string; mimetype: string; size: number };
type Verdict = { isValid: boolean; error?: { message?: string } };

let validateFiles: ((files: FileLike[], strapi: Core.Strapi) => Promise<Verdict[]>) | undefined;

function load(): NonNullable<typeof validateFiles> {
  if (!validateFiles) {
    const root = dirname(require.resolve('@strapi/upload/package.json'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require(join(root, 'dist/server/utils/mime-validation.js'));
    if (typeof module.validateFiles !== 'function') throw new Error('@strapi/upload no longer has validateFiles: re-check cms/src/strapi-internals/upload-security.ts against the installed version');
    validateFiles = module.validateFiles;
  }
  return validateFiles!;
}

/** The first file Strapi's upload security refuses, with its reason; null when every file passes. */
export async function strapiUploadRefusal(strapi: Core.Strapi, files: FileLike[]): Promise<{ name: string; reason: string } | null> {
  const reasons = await strapiUploadRefusals(strapi, files);
  const index = reasons.findIndex((reason) => reason !== null);
  return index < 0 ? null : { name: files[index]!.originalFilename, reason: reasons[index]! };
}

/** Each file's refusal by Strapi's upload security (its reason), or null when it passes; in the order given. */
export async function strapiUploadRefusals(strapi: Core.Strapi, files: FileLike[]): Promise<Array<string | null>> {
  if (files.length === 0) return [];
  const verdicts = await load()(files, strapi);
  return verdicts.map((v) => (v.isValid ? null : (v.error?.message ?? 'refused')));
}
