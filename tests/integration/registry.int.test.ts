import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, beforeAll } from 'vitest';
import { numberKey } from '../../content/src/index.ts';
import { ROOT } from '../../scripts/lib/paths.ts';
import { readImportFolder } from '../../scripts/lib/import-folder.ts';
import { pushRecords } from '../../scripts/lib/registry-client.ts';
import { describeOnEachDatabase } from '../support/cms-api.ts';
import { bareRecord } from '../support/import-records.ts';

/**
 * The registry rules on a real Strapi, once on SQLite and once on PostgreSQL: import (idempotent, drafts for
 * incomplete records), NFC on the way in, number validation and uniqueness, relations both ways, validity.
 */
const fixturesDir = join(ROOT, 'content/fixtures/registry');
const manifest: Array<{ file: string; number: string | null; issuer: string }> = JSON.parse(readFileSync(join(fixturesDir, 'manifest.json'), 'utf8'));

describeOnEachDatabase('registry on %s', (cms, target) => {

  beforeAll(async () => {
    const { records, problems } = readImportFolder(fixturesDir, { draft: false });
    expect(problems).toEqual([]);
    const results = await pushRecords(cms.url, target.importerToken, records);
    expect(results.filter((r) => r.action === 'failed')).toEqual([]);
  });

  it('publishes complete records and keeps incomplete ones as flagged drafts, never inventing values', async () => {
    for (const entry of manifest) {
      if (entry.number) {
        const [doc] = await cms.findByNumberKey(numberKey(entry.number)!);
        expect(doc, entry.file).toBeDefined();
        expect(doc.needsReview).toBe(false);
      }
    }
    const incomplete = manifest.filter((e) => !e.number);
    expect(incomplete.length).toBeGreaterThan(0);
    for (const entry of incomplete) {
      const q = new URLSearchParams({ 'filters[sourceKey][$eq]': entry.file, status: 'draft' });
      const drafts = (await cms.rest('GET', `/legal-documents?${q}`)).body.data;
      expect(drafts).toHaveLength(1);
      expect(drafts[0].needsReview).toBe(true);
      expect(drafts[0].number).toBeNull();
      expect(drafts[0].issuedDate).toBeNull();
      expect(drafts[0].reviewNote).toMatch(/số ký hiệu|ngày ban hành/i);
      const published = (await cms.rest('GET', `/legal-documents?${new URLSearchParams({ 'filters[sourceKey][$eq]': entry.file })}`)).body.data;
      expect(published).toHaveLength(0);
    }
  });

  it('is idempotent: a second import updates by number and never duplicates', async () => {
    const before = (await cms.rest('GET', '/legal-documents?status=draft&pagination[pageSize]=1')).body.meta.pagination.total;
    const { records } = readImportFolder(fixturesDir, { draft: false });
    const results = await pushRecords(cms.url, target.importerToken, records);
    expect(results.every((r) => r.action === 'updated')).toBe(true);
    const after = (await cms.rest('GET', '/legal-documents?status=draft&pagination[pageSize]=1')).body.meta.pagination.total;
    expect(after).toBe(before);
  });

  it('isolates a bad record: the rest of its batch is imported, the bad one is reported with the reason', async () => {
    const base = { ...bareRecord(), text: '## Điều 1. Thử\n\nNội dung.' };
    const results = await pushRecords(cms.url, target.importerToken, [
      { ...base, sourceKey: 'ok-1.md', number: '41/2026/QĐ-UBND', issuedDate: '2026-01-05', title: 'Bản ghi tốt thứ nhất' },
      { ...base, sourceKey: 'bad.md', number: '42-2026-QĐ-UBND', issuedDate: '2026-01-05', title: 'Bản ghi có số sai' },
      { ...base, sourceKey: 'ok-2.md', number: '43/2026/QĐ-UBND', issuedDate: '2026-01-06', title: 'Bản ghi tốt thứ hai' },
    ]);
    expect(results.map((r) => r.action)).toEqual(['created', 'failed', 'created']);
    expect(results[1]!.error).toMatch(/Số ký hiệu/);
    expect(await cms.findByNumberKey('41/2026/QD-UBND')).toHaveLength(1);
    expect(await cms.findByNumberKey('43/2026/QD-UBND')).toHaveLength(1);
  });

  it('stores every text in Unicode NFC, whatever form the source file used', async () => {
    const q = new URLSearchParams({ status: 'draft', 'pagination[pageSize]': '100', 'fields[0]': 'body', 'fields[1]': 'title' });
    manifest.forEach((entry, i) => q.set(`filters[sourceKey][$in][${i}]`, entry.file));
    const { body } = await cms.rest('GET', `/legal-documents?${q}`);
    expect(body.data.length).toBe(manifest.length);
    for (const doc of body.data) {
      expect(doc.body).toBe(doc.body.normalize('NFC'));
      expect(doc.title).toBe(doc.title.normalize('NFC'));
    }
  });

  it('rejects a malformed number with a Vietnamese message that says how to fix it', async () => {
    const { status, body } = await cms.rest('POST', '/legal-documents?status=draft', { data: { title: 'Thử số sai', number: '15-CT-TTg' } });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/Số ký hiệu/);
    expect(body.error.message).toMatch(/\//);
  });

  it('keeps numbers unique per issuing body, and allows the same number from another body', async () => {
    const bodies = (await cms.rest('GET', '/issuing-bodies?pagination[pageSize]=100')).body.data;
    expect(bodies.length).toBeGreaterThan(1);
    const [first, second] = bodies;
    const data = { title: 'Văn bản thử trùng số', number: `99/2026/QĐ-UBND` };
    const created = await cms.rest('POST', '/legal-documents?status=draft', { data: { ...data, issuingBody: first.documentId } });
    expect(created.status).toBe(201);
    const duplicate = await cms.rest('POST', '/legal-documents?status=draft', { data: { ...data, issuingBody: first.documentId } });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.message).toMatch(/đã được dùng/);
    const otherBody = await cms.rest('POST', '/legal-documents?status=draft', { data: { ...data, issuingBody: second.documentId } });
    expect(otherBody.status).toBe(201);
    expect(otherBody.body.data.slug).not.toBe(created.body.data.slug);
    await cms.rest('DELETE', `/legal-documents/${created.body.data.documentId}`);
    await cms.rest('DELETE', `/legal-documents/${otherBody.body.data.documentId}`);
  });

  it('refuses to publish a document that lacks the statutory metadata', async () => {
    const created = await cms.rest('POST', '/legal-documents?status=draft', { data: { title: 'Bản nháp thiếu số' } });
    expect(created.status).toBe(201);
    const publish = await cms.publish(created.body.data.documentId);
    expect(publish.status).toBe(400);
    expect(JSON.stringify(publish.body)).toMatch(/Chưa thể xuất bản/);
    await cms.rest('DELETE', `/legal-documents/${created.body.data.documentId}`);
  });

  it('derives validity from relations: a repeal makes the target expired from the repealing document’s effective date', async () => {
    const issuer = (await cms.rest('GET', '/issuing-bodies?pagination[pageSize]=1')).body.data[0];
    const type = (await cms.rest('GET', '/document-types?filters[slug][$eq]=quyet-dinh')).body.data[0];
    const base = { documentType: type.documentId, issuingBody: issuer.documentId };
    const old = await cms.rest('POST', '/legal-documents?status=published', {
      data: { ...base, title: 'Quyết định cũ', number: '01/2020/QĐ-UBND', issuedDate: '2020-01-02', effectiveDate: '2020-01-15' },
    });
    expect(old.status).toBe(201);
    expect((await cms.findByNumberKey('1/2020/QD-UBND'))[0].validityStatus).toBe('in-force');
    const repealing = await cms.rest('POST', '/legal-documents?status=published', {
      data: {
        ...base,
        title: 'Quyết định bãi bỏ',
        number: '05/2024/QĐ-UBND',
        issuedDate: '2024-03-01',
        effectiveDate: '2024-03-15',
        relations: [{ kind: 'repeals', targetNumber: '01/2020/QĐ-UBND' }, { kind: 'refers-to', targetNumber: '77/2019/NĐ-CP' }],
      },
    });
    expect(repealing.status).toBe(201);
    const [target] = await cms.findByNumberKey('1/2020/QD-UBND');
    expect(target.validityStatus).toBe('expired');
    expect(target.validityHistory.at(-1)).toMatchObject({ date: '2024-03-15', status: 'expired', cause: { kind: 'relation', relationKind: 'repeals' } });
    // The reference to a document not in the registry is kept as written.
    const [actor] = await cms.findByNumberKey('5/2024/QD-UBND');
    expect(actor.relations.map((r: any) => r.targetNumber)).toContain('77/2019/NĐ-CP');
    // Unpublishing the repealing document restores the target.
    expect((await cms.unpublish(repealing.body.data.documentId)).status).toBe(200);
    expect((await cms.findByNumberKey('1/2020/QD-UBND'))[0].validityStatus).toBe('in-force');
  });

  it('provisions the editor and approver roles: only the approver may publish', async () => {
    const roles = (await cms.adminRequest('GET', '/admin/roles')).body.data;
    const editor = roles.find((r: any) => r.code === 'cong-editor');
    const approver = roles.find((r: any) => r.code === 'cong-approver');
    expect(editor && approver).toBeTruthy();
    const actions = async (id: number) =>
      ((await cms.adminRequest('GET', `/admin/roles/${id}/permissions`)).body.data as any[]).map((p) => `${p.action} ${p.subject ?? ''}`);
    const publish = 'plugin::content-manager.explorer.publish api::legal-document.legal-document';
    expect(await actions(approver.id)).toContain(publish);
    expect(await actions(editor.id)).not.toContain(publish);
    expect(await actions(editor.id)).toContain('plugin::content-manager.explorer.update api::legal-document.legal-document');
  });
});
