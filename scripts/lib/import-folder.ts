import { readFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { readManifestEntries, toImportRecord, type ImportRecord } from '../../content/src/index.ts';
import { convertManifestEntry, readSourceText, type EncodingReport } from '../../content/src/legacy-encodings/index.ts';

export type FolderProblem = { file: string; reason: string };

export type ImportFolder = {
  records: ImportRecord[];
  problems: FolderProblem[];
  notes: FolderProblem[];
  encodings: EncodingReport[];
  /** Each record's originals (by sourceKey): the files' paths in the folder, checked to exist. */
  originals: Map<string, string[]>;
  /** The folder's edXML packages (`*.edxml`), read and mapped by the CMS. */
  packages: string[];
};

/**
 * Reads a folder of .txt/.md texts described by manifest.json into import records, each with its originals
 * (the manifest's `originals`), and lists the folder's edXML packages. Every file that cannot
 * be used is reported with its reason; nothing is skipped silently. Each file's encoding (Unicode, or TCVN3, VNI,
 * VIQR converted to Unicode) and each entry's fields' are detected and reported in `encodings`; an undecidable
 * file's record comes without its text, flagged for an editor.
 */
export function readImportFolder(folder: string, options: { draft: boolean }): ImportFolder {
  // edXML packages from the document-exchange system may sit beside the manifest, or make up the folder alone.
  const packages = readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.edxml') && statSync(join(folder, name)).isFile())
    .sort()
    .map((name) => join(folder, name));
  const manifestPath = join(folder, 'manifest.json');
  const none = (problem: FolderProblem | null): ImportFolder => ({ records: [], problems: problem ? [problem] : [], notes: [], encodings: [], originals: new Map(), packages });
  if (!existsSync(manifestPath)) {
    return none(packages.length ? null : { file: 'manifest.json', reason: `Không tìm thấy manifest.json (hay gói .edxml nào) trong ${folder}` });
  }
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return none({ file: 'manifest.json', reason: `manifest.json không phải JSON hợp lệ: ${(error as Error).message}` });
  }
  // Entry by entry: a bad record fails only itself (content's readManifestEntries), never the whole folder.
  const manifest = readManifestEntries(manifestJson);
  if (!manifest) {
    return none({ file: 'manifest.json', reason: 'manifest.json phải là một danh sách (mảng JSON) các văn bản' });
  }
  const originals = new Map<string, string[]>();
  const records: ImportRecord[] = [];
  const problems: FolderProblem[] = [...manifest.problems];
  const notes: FolderProblem[] = [];
  const encodings: EncodingReport[] = [];
  for (const entry of manifest.entries) {
    const path = join(folder, entry.file);
    if (!['.txt', '.md'].includes(extname(entry.file).toLowerCase())) {
      problems.push({ file: entry.file, reason: 'Chỉ nhập được tệp .txt hoặc .md' });
      continue;
    }
    if (!existsSync(path)) {
      problems.push({ file: entry.file, reason: 'Tệp được khai báo trong manifest.json nhưng không tồn tại' });
      continue;
    }
    // A missing original fails its record, named, before anything of it is written.
    const missing = (entry.originals ?? []).filter((name) => !existsSync(join(folder, name)) || !statSync(join(folder, name)).isFile());
    if (missing.length) {
      problems.push({ file: entry.file, reason: `Tệp bản gốc không tồn tại trong thư mục: ${missing.join(', ')}` });
      continue;
    }
    const source = readSourceText(entry.file, readFileSync(path));
    if (source.text !== null && !source.text.trim()) {
      problems.push({ file: entry.file, reason: 'Tệp không có nội dung' });
      continue;
    }
    const fields = convertManifestEntry(entry);
    encodings.push(source.report, fields.report);
    const knownProblems = [source.problem, fields.problem].filter((p) => p !== null);
    const { record, problems: recordProblems } = toImportRecord(fields.entry, source.text ?? '', { draft: options.draft, knownProblems });
    records.push(record);
    if (entry.originals?.length) originals.set(record.sourceKey, entry.originals.map((name) => join(folder, name)));
    for (const reason of recordProblems) notes.push({ file: entry.file, reason });
  }
  return { records, problems, notes, encodings, originals, packages };
}
