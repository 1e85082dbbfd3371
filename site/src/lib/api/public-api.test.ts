import { describe, expect, it } from 'vitest';
import { decreeDetailResponse, decreeIncoming, decreeResolvedTargets } from '../cms/fixtures/strapi-payloads.ts';
import { buildRelations, toLegalDocument } from '../registry/map-legal-document.ts';
import { legislationJsonLd, serializeJsonLd } from '../render/metadata.ts';
import { ApiDocumentSchema } from '@cong/content';
import { toApiDocument } from './public-api.ts';
import { StrapiLegalDocumentListSchema, StrapiRelatedDocumentListSchema } from '../cms/strapi-schemas.ts';

const raw = StrapiLegalDocumentListSchema.parse(decreeDetailResponse).data[0]!;
const relations = buildRelations(
  raw,
  StrapiRelatedDocumentListSchema.parse(decreeResolvedTargets).data,
  StrapiRelatedDocumentListSchema.parse(decreeIncoming).data,
);
const doc = toLegalDocument(raw, relations, { cmsBase: 'http://127.0.0.1:1337' });
const base = 'https://congbao.songhong.gov.vn';
const urls = { absolute: (path: string) => `${base}${path}`, document: (slug: string) => `/van-ban/${slug}` };

describe('toApiDocument', () => {
  const api = toApiDocument(doc, urls);

  it('matches the published schema, with names as strings and absolute URLs', () => {
    expect(ApiDocumentSchema.parse(api)).toEqual(api);
    expect(api).toMatchObject({
      slug: '930-2025-nd-cp',
      number: '930/2025/NĐ-CP',
      type: 'Nghị định',
      issuer: 'Chính phủ (dữ liệu mẫu)',
      signer: 'Khổng Minh Đức',
      status: 'in-force',
      statusLabel: 'Còn hiệu lực',
      url: `${base}/van-ban/930-2025-nd-cp`,
    });
    expect(api.attachments[0]).toEqual({
      name: '930-2025-ND-CP.pdf',
      url: `${base}/tep/930_2025_ND_CP_3f2a1b.pdf`,
      mime: 'application/pdf',
      ext: 'pdf',
      format: 'PDF',
      size: 245_670,
      signatureReport: expect.objectContaining({
        signatures: [expect.objectContaining({ verdict: 'valid', verdictLabel: 'Chữ ký số hợp lệ', signer: 'Nguyễn Văn An' })],
      }),
    });
    // The v1 boolean is derived from verification: every signature of every original valid.
    expect(api).toMatchObject({ signedOriginal: true, signatureStatus: 'verified', signatureStatusLabel: 'Bản gốc có chữ ký số hợp lệ' });
  });

  it('gives each relation its direction, label and a URL or null', () => {
    expect(api.relations.find((r) => r.direction === 'incoming')).toMatchObject({
      kind: 'guides',
      label: 'Được hướng dẫn bởi',
      slug: '907-2025-tt-bhcs',
      url: `${base}/van-ban/907-2025-tt-bhcs`,
    });
    expect(api.relations.find((r) => r.number === '30/2020/NĐ-CP')).toMatchObject({ slug: null, url: null });
  });
});

describe('schema.org Legislation', () => {
  it('describes the document with its identifier, dates, issuer and legal force', () => {
    const json = legislationJsonLd(doc, { url: `${base}/van-ban/930-2025-nd-cp`, absolute: urls.absolute });
    expect(json).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '930/2025/NĐ-CP',
      name: 'Quy định chi tiết một số điều của Luật Công khai thông tin hành chính',
      legislationDate: '2025-11-20',
      datePublished: '2025-12-05',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Chính phủ (dữ liệu mẫu)' },
      legislationLegalForce: 'https://schema.org/InForce',
      inLanguage: 'vi',
      url: `${base}/van-ban/930-2025-nd-cp`,
    });
  });

  it('cannot close its script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
