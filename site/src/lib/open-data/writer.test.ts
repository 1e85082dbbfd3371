import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { OPEN_DATA_DATASETS, type OpenDataDirectoryEntry } from '@cong/content';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gzipName, writeDataset } from './writer.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'open-data-writer-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const person = (i: number): OpenDataDirectoryEntry => ({ kind: 'person', name: `Cán bộ ${i}`, title: null, unit: 'Văn phòng', phone: null, email: `cb${i}@songhong.gov.vn`, vcard: null });

async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((resolve) => setImmediate(resolve));
    yield item;
  }
}

describe('writeDataset', () => {
  it('writes JSON Lines and CSV as records come, with the size and SHA-256 of the very bytes, and their gzip copies', async () => {
    const people = Array.from({ length: 2_000 }, (_, i) => person(i));
    const written = await writeDataset(dir, OPEN_DATA_DATASETS.directory, slowly(people));
    expect(written.records).toBe(2_000);
    for (const file of written.files) {
      const bytes = await readFile(join(dir, file.name));
      expect(file.size).toBe(bytes.length);
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(gunzipSync(await readFile(join(dir, gzipName(file.name)))).equals(bytes)).toBe(true);
    }
    const lines = (await readFile(join(dir, 'danh-ba.jsonl'), 'utf8')).split('\n');
    expect(lines.at(-1)).toBe('');
    expect(JSON.parse(lines[1999]!)).toEqual(person(1999));
    const csv = (await readFile(join(dir, 'danh-ba.csv'), 'utf8')).split('\r\n');
    expect(csv).toHaveLength(2_002); // header, 2,000 rows, the empty string after the last CRLF
  });

  it('large records: both files and both gzip copies wait for the disk without hanging (regression: a drain missed)', async () => {
    const long = 'Điều 1. Văn bản dài. '.repeat(3_000); // ~70 KB a record: every write fills both streams
    const people = Array.from({ length: 150 }, (_, i) => ({ ...person(i), name: `${i} ${long}` }));
    const written = await writeDataset(dir, OPEN_DATA_DATASETS.directory, people);
    expect(written.records).toBe(150);
    const bytes = await readFile(join(dir, 'danh-ba.jsonl'));
    expect(written.files[0]!.size).toBe(bytes.length);
    expect(bytes.length).toBeGreaterThan(150 * 60_000);
  }, 30_000);

  it('drops what the contract does not name, and refuses a record that breaks it', async () => {
    const extra = { ...person(1), privateNote: 'không công khai' };
    const written = await writeDataset(dir, OPEN_DATA_DATASETS.directory, [extra]);
    expect(await readFile(join(dir, 'danh-ba.jsonl'), 'utf8')).not.toContain('privateNote');
    expect(written.records).toBe(1);
    await expect(writeDataset(dir, OPEN_DATA_DATASETS.directory, [{ ...person(2), kind: 'robot' } as never])).rejects.toThrow();
  });

  it('an empty dataset is a CSV header and an empty JSON Lines file', async () => {
    const written = await writeDataset(dir, OPEN_DATA_DATASETS.comments, []);
    expect(written.records).toBe(0);
    expect(written.files.map((f) => f.size)).toEqual([0, Buffer.byteLength(await readFile(join(dir, 'gop-y.csv'), 'utf8'))]);
  });
});
