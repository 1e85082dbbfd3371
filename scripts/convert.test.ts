import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeViqr, encodeVni } from '../content/src/legacy-encodings/index.ts';
import { ROOT } from './lib/paths.ts';

/** `npm run convert -- <file>`: the script itself, run as the operator runs it. */
const dir = mkdtempSync(join(tmpdir(), 'cong-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cp1252 = new Map(Array.from({ length: 256 }, (_, b) => [new TextDecoder('windows-1252').decode(new Uint8Array([b])), b] as const));
const legacyFile = (name: string, windows1252: string) => {
  const path = join(dir, name);
  writeFileSync(path, Uint8Array.from([...windows1252].map((c) => cp1252.get(c) ?? 0x3f)));
  return path;
};
const convert = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'scripts/convert.ts'), ...args], { encoding: 'utf8' });

const TEXT = 'Điều 1. Phạm vi điều chỉnh\nNghị định này quy định về công tác văn thư và quản lý nhà nước về công tác văn thư.\n';

describe('npm run convert', () => {
  it.each([
    ['tcvn3', 'TCVN3 \\(ABC\\)', encodeTcvn3],
    ['vni', 'VNI', encodeVni],
    ['viqr', 'VIQR', encodeViqr],
  ] as const)('detects %s, says so with its confidence on stderr, and writes Unicode NFC to stdout', (name, label, encode) => {
    const run = convert(legacyFile(`${name}.txt`, encode(TEXT)));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(TEXT);
    expect(run.stderr).toMatch(new RegExp(`^Bảng mã: ${label}, độ tin cậy (0,[7-9]\\d|1,00)\\n$`));
  });

  it('writes to --out', () => {
    const out = join(dir, 'out.txt');
    const run = convert(legacyFile('out-src.txt', encodeVni(TEXT)), '--out', out);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(TEXT);
  });

  it('refuses an undecidable file with a Vietnamese message, and converts it when --from names the encoding', () => {
    const mixed = legacyFile('mixed.txt', `${encodeTcvn3(TEXT)}${encodeVni(TEXT)}`);
    const refused = convert(mixed);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^✗ Không xác định được bảng mã của .*mixed\.txt .*--from tcvn3\|vni\|viqr/);
    const forced = convert(mixed, '--from', 'tcvn3');
    expect(forced.status).toBe(0);
    expect(forced.stdout.startsWith(TEXT)).toBe(true);
    expect(forced.stderr).toMatch(/^Bảng mã: TCVN3 \(ABC\) \(theo --from; tự nhận biết: /);
  });

  it('leaves a Unicode file as it is, in NFC', () => {
    const path = join(dir, 'nfd.txt');
    writeFileSync(path, TEXT.normalize('NFD'));
    const run = convert(path);
    expect([run.status, run.stdout]).toEqual([0, TEXT]);
    expect(run.stderr).toMatch(/^Bảng mã: Unicode, độ tin cậy 1,00/);
  });

  it.each([
    [['--from', 'tcvn3'], /^Cách dùng: npm run convert/],
    [[join(dir, 'khong-co.txt')], /^✗ Không đọc được tệp .*ENOENT/],
    [[join(dir, 'x.txt'), '--from', 'utf7'], /^✗ Bảng mã "utf7" không được hỗ trợ/],
  ])('exits 2 with a message for bad arguments %j', (args, message) => {
    const run = convert(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
