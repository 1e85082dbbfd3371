import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { describeIssues, ManifestSchema, toImportRecord, type ImportRecord } from '../../content/src/index.ts';

export type FolderProblem = { file: string; reason: string };

/**
 * Reads a folder of .txt/.md texts described by manifest.json into import records. Every file that cannot
 * be used is reported with its reason; nothing is skipped silently.
 */
export function readImportFolder(folder: string, options: { draft: boolean }): { records: ImportRecord[]; problems: FolderProblem[]; notes: FolderProblem[] } {
  const manifestPath = join(folder, 'manifest.json');
  if (!existsSync(manifestPath)) {
    return { records: [], problems: [{ file: 'manifest.json', reason: `Không tìm thấy manifest.json trong ${folder}` }], notes: [] };
  }
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    return { records: [], problems: [{ file: 'manifest.json', reason: `manifest.json không phải JSON hợp lệ: ${(error as Error).message}` }], notes: [] };
  }
  const manifest = ManifestSchema.safeParse(manifestJson);
  if (!manifest.success) {
    return { records: [], problems: [{ file: 'manifest.json', reason: `manifest.json sai cấu trúc: ${describeIssues(manifest.error)}` }], notes: [] };
  }
  const records: ImportRecord[] = [];
  const problems: FolderProblem[] = [];
  const notes: FolderProblem[] = [];
  for (const entry of manifest.data) {
    const path = join(folder, entry.file);
    if (!['.txt', '.md'].includes(extname(entry.file).toLowerCase())) {
      problems.push({ file: entry.file, reason: 'Chỉ nhập được tệp .txt hoặc .md' });
      continue;
    }
    if (!existsSync(path)) {
      problems.push({ file: entry.file, reason: 'Tệp được khai báo trong manifest.json nhưng không tồn tại' });
      continue;
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
    } catch {
      problems.push({ file: entry.file, reason: 'Tệp không phải văn bản UTF-8 (TCVN 6909:2001); hãy chuyển mã sang UTF-8 rồi nhập lại' });
      continue;
    }
    if (!text.trim()) {
      problems.push({ file: entry.file, reason: 'Tệp không có nội dung' });
      continue;
    }
    const { record, problems: recordProblems } = toImportRecord(entry, text, { draft: options.draft });
    records.push(record);
    for (const reason of recordProblems) notes.push({ file: entry.file, reason });
  }
  return { records, problems, notes };
}
