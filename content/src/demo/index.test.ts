import { describe, expect, it } from 'vitest';
import { articleAnchors } from '../document-text.ts';
import { findDocumentType } from '../document-types.ts';
import { numberKey, parseDocumentNumber } from '../document-number.ts';
import { ImportRecordSchema } from '../import-record.ts';
import { RELATION_KINDS } from '../relation-kinds.ts';
import { deriveValidity, incomingRelations } from '../validity.ts';
import { VALIDITY_STATUSES, type ValidityStatus } from '../validity-status.ts';
import {
  DEMO_TODAY,
  SAMPLE_MARK,
  demoExamples,
  demoExpectedStatus,
  demoFields,
  demoIssuingBodies,
  demoRecords,
  demoRecordsOn,
} from './index.ts';

const FAR_FUTURE = '2100-01-01';
const numbered = demoRecords.filter((record) => record.number !== null);
const byKey = new Map(numbered.map((record) => [numberKey(record.number ?? ''), record]));

function statusOn(number: string, today: string, records = demoRecords): ValidityStatus {
  const record = records.find((r) => r.number !== null && numberKey(r.number) === numberKey(number));
  if (record === undefined) throw new Error(`${number} is not in the demo`);
  return deriveValidity({ ...record, incoming: incomingRelations(number, records) }, today).status;
}

describe('demo records', () => {
  // 20 to 25 at first; two more for vbpl's kinds the story did not need before (giải thích, công bố, đình chỉ).
  it('has 20 to 27 documents', () => {
    expect(demoRecords.length).toBeGreaterThanOrEqual(20);
    expect(demoRecords.length).toBeLessThanOrEqual(27);
  });

  it.each(demoRecords.map((record) => [record.number ?? record.sourceKey, record] as const))('%s is a valid ImportRecord', (_label, record) => {
    expect(ImportRecordSchema.parse(record)).toEqual(record);
  });

  it('uses readable, unique numbers and unique source keys', () => {
    for (const record of numbered) expect(parseDocumentNumber(record.number ?? '').ok, record.number ?? '').toBe(true);
    expect(byKey.size).toBe(numbered.length);
    expect(new Set(demoRecords.map((record) => record.sourceKey)).size).toBe(demoRecords.length);
  });

  it('has readable relation targets', () => {
    for (const record of demoRecords) {
      for (const relation of record.relations) expect(numberKey(relation.targetNumber), relation.targetNumber).not.toBeNull();
    }
  });

  it('is marked as sample data in every issuer and every text', () => {
    for (const record of demoRecords) {
      expect(record.issuer).toContain(SAMPLE_MARK);
      expect(record.text).toContain('Dữ liệu mẫu');
      expect(demoIssuingBodies).toContain(record.issuer);
    }
  });

  it('uses only the demo fields and catalogue types', () => {
    for (const record of demoRecords) {
      for (const field of record.fields) expect(demoFields).toContain(field);
      expect(findDocumentType(record.type)?.name, record.type).toBe(record.type);
    }
  });

  it('is all NFC', () => {
    const json = JSON.stringify(demoRecords);
    expect(json).toBe(json.normalize('NFC'));
  });

  it('has consistent dates: effective after issue, acting documents issued after the documents they act on', () => {
    for (const record of numbered) {
      if (record.effectiveDate !== null) expect(record.effectiveDate >= (record.issuedDate ?? ''), record.number ?? '').toBe(true);
      if (record.expiryDate !== null) expect(record.expiryDate > (record.effectiveDate ?? record.issuedDate ?? ''), record.number ?? '').toBe(true);
      for (const relation of record.relations) {
        const target = byKey.get(numberKey(relation.targetNumber));
        if (target !== undefined) expect((target.issuedDate ?? '') < (record.issuedDate ?? ''), `${record.number} → ${relation.targetNumber}`).toBe(true);
      }
    }
  });

  it('gives normative documents at least three anchored articles', () => {
    for (const record of numbered) {
      if (findDocumentType(record.type)?.normative) expect(articleAnchors(record.text).length, record.number ?? '').toBeGreaterThanOrEqual(3);
    }
  });
});

describe('demo coverage', () => {
  it('shows every document type that matters', () => {
    const types = new Set(demoRecords.map((record) => record.type));
    for (const type of ['Luật', 'Nghị định', 'Quyết định', 'Thông tư', 'Chỉ thị', 'Công văn', 'Kế hoạch', 'Thông báo', 'Nghị quyết', 'Văn bản hợp nhất']) {
      expect(types).toContain(type);
    }
  });

  it('shows every number shape', () => {
    const shapes = new Set(numbered.map((record) => {
      const parsed = parseDocumentNumber(record.number ?? '');
      return parsed.ok ? parsed.value.shape : null;
    }));
    expect(shapes).toEqual(new Set(['sequence-symbol', 'sequence-year-symbol', 'official-letter']));
  });

  it('uses every relation kind', () => {
    const kinds = new Set(demoRecords.flatMap((record) => record.relations.map((relation) => relation.kind)));
    expect([...kinds].sort()).toEqual([...RELATION_KINDS].sort());
  });

  it('partial relations and relations with notes appear', () => {
    const relations = demoRecords.flatMap((record) => record.relations);
    expect(relations.some((relation) => relation.partial === true)).toBe(true);
    expect(relations.some((relation) => relation.note !== undefined)).toBe(true);
  });

  it('cites numbers that are not in the registry (shown unlinked)', () => {
    const absent = demoRecords.flatMap((record) => record.relations).filter((relation) => !byKey.has(numberKey(relation.targetNumber)));
    expect(absent.map((relation) => relation.targetNumber)).toContain(demoExamples.unlinkedReference);
    expect(absent.length).toBeGreaterThanOrEqual(3);
  });

  it('has gazette numbers, signers with titles, and a record awaiting review', () => {
    expect(demoRecords.some((record) => record.gazetteNumber !== null && record.gazetteDate !== null)).toBe(true);
    expect(demoRecords.every((record) => record.signer !== null && record.signerTitle !== null)).toBe(true);
    const review = demoRecords.filter((record) => record.needsReview);
    expect(review.map((record) => record.sourceKey)).toEqual([demoExamples.needsReviewSourceKey]);
    expect(review[0]).toMatchObject({ number: null, issuedDate: null, publish: false });
    expect(review[0]?.reviewNote).toBeTruthy();
  });

  it(`has the expected status for every numbered document on ${DEMO_TODAY}`, () => {
    const actual = Object.fromEntries(numbered.map((record) => [record.number, statusOn(record.number ?? '', DEMO_TODAY)]));
    expect(actual).toEqual(demoExpectedStatus);
  });

  it.each(['2026-11-26', '2026-12-31', '2027-01-01', '2027-02-28', '2027-03-01', '2027-08-15', '2031-12-31'])(
    'built on %s, it still shows every status that day (the time-sensitive dates follow the day it is built)',
    (day) => {
      const records = demoRecordsOn(day);
      const actual = Object.fromEntries(numbered.map((record) => [record.number, statusOn(record.number ?? '', day, records)]));
      expect(actual).toEqual(demoExpectedStatus);
    },
  );

  it('writes the computed dates into the decisions\' own text', () => {
    const records = demoRecordsOn('2027-05-20');
    const pending = records.find((r) => r.number === demoExamples.notYetEffective)!;
    const suspending = records.find((r) => r.number === demoExamples.suspending)!;
    expect(pending.effectiveDate).toBe('2027-07-01');
    expect(pending.text).toContain('có hiệu lực từ ngày 01 tháng 07 năm 2027.');
    expect(suspending.expiryDate).toBe('2027-09-01');
    expect(suspending.text).toContain('đến hết ngày 31 tháng 08 năm 2027');
    expect(suspending.relations[0]?.note).toBe('Đến hết ngày 31/08/2027');
  });

  it(`shows every validity status on ${DEMO_TODAY}`, () => {
    const statuses = new Set(Object.values(demoExpectedStatus));
    expect([...statuses].sort()).toEqual([...VALIDITY_STATUSES].sort());
  });

  it('names examples that have the status they claim', () => {
    expect(statusOn(demoExamples.inForce, DEMO_TODAY)).toBe('in-force');
    expect(statusOn(demoExamples.partiallyExpiredByAmendment, DEMO_TODAY)).toBe('partially-expired');
    expect(statusOn(demoExamples.partiallyExpiredByPartialRepeal, DEMO_TODAY)).toBe('partially-expired');
    expect(statusOn(demoExamples.expiredByReplacement, DEMO_TODAY)).toBe('expired');
    expect(statusOn(demoExamples.expiredByOwnExpiryDate, DEMO_TODAY)).toBe('expired');
    expect(statusOn(demoExamples.notYetEffective, DEMO_TODAY)).toBe('not-yet-effective');
    expect(statusOn(demoExamples.suspended, DEMO_TODAY)).toBe('suspended');
  });

  it('moves on in the far future: the suspension ends, the pending decision takes effect, time-limited ones expire', () => {
    expect(statusOn(demoExamples.suspended, FAR_FUTURE)).toBe('in-force');
    expect(statusOn(demoExamples.notYetEffective, FAR_FUTURE)).toBe('in-force');
    expect(statusOn(demoExamples.suspending, FAR_FUTURE)).toBe('expired');
    expect(statusOn(demoExamples.partiallyExpiredByAmendment, FAR_FUTURE)).toBe('partially-expired');
    const statuses = new Set(numbered.map((record) => statusOn(record.number ?? '', FAR_FUTURE)));
    expect(statuses).toEqual(new Set(['in-force', 'partially-expired', 'expired']));
  });

  it('records why each status changed', () => {
    const written = demoRecordsOn(DEMO_TODAY);
    const record = written.find((r) => r.number === demoExamples.suspended);
    if (record === undefined) throw new Error('missing');
    const { history } = deriveValidity({ ...record, incoming: incomingRelations(demoExamples.suspended, written) }, FAR_FUTURE);
    expect(history).toEqual([
      { date: '2025-10-01', status: 'in-force', cause: { kind: 'effective-date' } },
      { date: '2026-09-01', status: 'suspended', cause: { kind: 'relation', relationKind: 'suspends', number: demoExamples.suspending } },
      { date: '2027-03-01', status: 'in-force', cause: { kind: 'relation', relationKind: 'suspends', number: demoExamples.suspending } },
    ]);
  });
});
