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
  if (files.length === 0) return null;
  const verdicts = await load()(files, strapi);
  const index = verdicts.findIndex((v) => !v.isValid);
  if (index < 0) return null;
  return { name: files[index]!.originalFilename, reason: verdicts[index]!.error?.message ?? 'refused' };
}
