import { createHash, type Hash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createGzip, type Gzip } from 'node:zlib';
import { csvHeader, csvRow, jsonLine, type OpenDataDataset, type OpenDataFormat } from '@cong/content';

/**
 * Writes one dataset's files — JSON Lines and CSV — record by record as they come, each beside a gzip copy (what a
 * client that accepts gzip is sent), counting bytes and hashing them on the way: a file is never held in memory,
 * and its size and SHA-256 are those of the very bytes written. Each record is parsed with the dataset's schema
 * (the API's), so a field the contract does not name never reaches a file.
 */

export type WrittenFile = { name: string; format: OpenDataFormat; size: number; sha256: string };
export type WrittenDataset = { records: number; files: WrittenFile[] };

/** `van-ban.jsonl` → its gzip copy's name. */
export const gzipName = (name: string): string => `${name}.gz`;

class HashedFile {
  readonly name: string;
  readonly format: OpenDataFormat;
  readonly #plain: WriteStream;
  readonly #gzip: Gzip;
  readonly #gzipFile: WriteStream;
  readonly #hash: Hash = createHash('sha256');
  #size = 0;

  constructor(dir: string, name: string, format: OpenDataFormat) {
    this.name = name;
    this.format = format;
    this.#plain = createWriteStream(join(dir, name));
    this.#gzip = createGzip({ level: 6 });
    this.#gzipFile = createWriteStream(join(dir, gzipName(name)));
    this.#gzip.pipe(this.#gzipFile);
  }

  /** Waits when either stream is full, so a slow disk holds back the reading, not memory. */
  async write(text: string): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    this.#hash.update(bytes);
    this.#size += bytes.length;
    this.#plain.write(bytes);
    this.#gzip.write(bytes);
    // Asked afresh after each wait: one stream may drain while we wait for the other, and a 'drain' already
    // emitted is never emitted again (waiting on write()'s answers hung the first large generation).
    if (this.#plain.writableNeedDrain) await once(this.#plain, 'drain');
    if (this.#gzip.writableNeedDrain) await once(this.#gzip, 'drain');
  }

  async close(): Promise<WrittenFile> {
    this.#plain.end();
    this.#gzip.end();
    await Promise.all([once(this.#plain, 'finish'), once(this.#gzipFile, 'finish')]);
    return { name: this.name, format: this.format, size: this.#size, sha256: this.#hash.digest('hex') };
  }

  destroy(): void {
    this.#plain.destroy();
    this.#gzip.destroy();
    this.#gzipFile.destroy();
  }
}

export async function writeDataset<R>(dir: string, dataset: OpenDataDataset<R>, records: AsyncIterable<R> | Iterable<R>): Promise<WrittenDataset> {
  const jsonl = new HashedFile(dir, `${dataset.fileBase}.jsonl`, 'jsonl');
  const csv = new HashedFile(dir, `${dataset.fileBase}.csv`, 'csv');
  try {
    await csv.write(csvHeader(dataset));
    let count = 0;
    for await (const raw of records) {
      const record = dataset.schema.parse(raw);
      await jsonl.write(jsonLine(record));
      await csv.write(csvRow(dataset, record));
      count += 1;
    }
    return { records: count, files: [await jsonl.close(), await csv.close()] };
  } catch (error) {
    jsonl.destroy();
    csv.destroy();
    throw error;
  }
}
