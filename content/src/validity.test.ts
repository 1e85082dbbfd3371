import { describe, expect, it } from 'vitest';
import { RELATION_KINDS, type RelationKind } from './relation-kinds.ts';
import { VALIDITY_STATUSES, type ValidityStatus } from './validity-status.ts';
import {
  deriveValidity,
  incomingRelations,
  ValidityInputSchema,
  validityEffect,
  type IncomingRelation,
  type ValidityInput,
} from './validity.ts';

function doc(dates: Partial<Omit<ValidityInput, 'incoming'>>, ...incoming: IncomingRelation[]): ValidityInput {
  return { issuedDate: null, effectiveDate: null, expiryDate: null, ...dates, incoming };
}

function acting(kind: RelationKind, number: string, effectiveDate: string | null, extra: Partial<IncomingRelation> = {}): IncomingRelation {
  return { kind, number, partial: false, effectiveDate, expiryDate: null, ...extra };
}

const ISSUED = { issuedDate: '2024-01-10', effectiveDate: '2024-03-01' };

type Case = {
  input: ValidityInput;
  today: string;
  status: ValidityStatus;
  /** Status after each event in the history, in order. */
  history: ValidityStatus[];
};

describe.each<[string, Case]>([
  ['no dates at all', { input: doc({}), today: '2026-11-26', status: 'not-yet-effective', history: [] }],
  ['effective date in the future', { input: doc(ISSUED), today: '2024-02-29', status: 'not-yet-effective', history: [] }],
  ['on its effective date', { input: doc(ISSUED), today: '2024-03-01', status: 'in-force', history: ['in-force'] }],
  ['issued date stands in for a missing effective date', { input: doc({ issuedDate: '2024-01-10' }), today: '2024-01-10', status: 'in-force', history: ['in-force'] }],
  ['the day before its own expiry date', { input: doc({ ...ISSUED, expiryDate: '2025-01-01' }), today: '2024-12-31', status: 'in-force', history: ['in-force'] }],
  ['on its own expiry date', { input: doc({ ...ISSUED, expiryDate: '2025-01-01' }), today: '2025-01-01', status: 'expired', history: ['in-force', 'expired'] }],
  [
    'replaced in full, before the replacement takes effect',
    { input: doc(ISSUED, acting('replaces', '2/2025/QĐ-UBND', '2025-06-01')), today: '2025-05-31', status: 'in-force', history: ['in-force'] },
  ],
  [
    'replaced in full',
    { input: doc(ISSUED, acting('replaces', '2/2025/QĐ-UBND', '2025-06-01')), today: '2025-06-01', status: 'expired', history: ['in-force', 'expired'] },
  ],
  [
    'repealed in full',
    { input: doc(ISSUED, acting('repeals', '3/2025/QĐ-UBND', '2025-06-01')), today: '2026-11-26', status: 'expired', history: ['in-force', 'expired'] },
  ],
  [
    'repealed in part',
    { input: doc(ISSUED, acting('repeals', '3/2025/QĐ-UBND', '2025-06-01', { partial: true })), today: '2026-11-26', status: 'partially-expired', history: ['in-force', 'partially-expired'] },
  ],
  [
    'replaced in part',
    { input: doc(ISSUED, acting('replaces', '4/2025/QĐ-UBND', '2025-06-01', { partial: true })), today: '2026-11-26', status: 'partially-expired', history: ['in-force', 'partially-expired'] },
  ],
  [
    'amended',
    { input: doc(ISSUED, acting('amends', '5/2025/QĐ-UBND', '2025-06-01')), today: '2026-11-26', status: 'partially-expired', history: ['in-force', 'partially-expired'] },
  ],
  [
    'amended, then repealed in full: expiry wins',
    {
      input: doc(ISSUED, acting('repeals', '6/2026/QĐ-UBND', '2026-01-01'), acting('amends', '5/2025/QĐ-UBND', '2025-06-01')),
      today: '2026-11-26',
      status: 'expired',
      history: ['in-force', 'partially-expired', 'expired'],
    },
  ],
  [
    'suspended, suspension still running',
    {
      input: doc(ISSUED, acting('suspends', '7/2026/QĐ-UBND', '2026-09-01', { expiryDate: '2027-03-01' })),
      today: '2026-11-26',
      status: 'suspended',
      history: ['in-force', 'suspended'],
    },
  ],
  [
    'suspension ended: back in force',
    {
      input: doc(ISSUED, acting('suspends', '7/2026/QĐ-UBND', '2026-09-01', { expiryDate: '2027-03-01' })),
      today: '2027-03-01',
      status: 'in-force',
      history: ['in-force', 'suspended', 'in-force'],
    },
  ],
  [
    'suspension ended: back to partially expired, as before',
    {
      input: doc(
        ISSUED,
        acting('amends', '5/2025/QĐ-UBND', '2025-06-01'),
        acting('suspends', '7/2026/QĐ-UBND', '2026-09-01', { expiryDate: '2027-03-01' }),
      ),
      today: '2030-01-01',
      status: 'partially-expired',
      history: ['in-force', 'partially-expired', 'suspended', 'partially-expired'],
    },
  ],
  [
    'suspension without end date',
    { input: doc(ISSUED, acting('suspends', '8/2026/QĐ-UBND', '2026-09-01')), today: '2099-01-01', status: 'suspended', history: ['in-force', 'suspended'] },
  ],
  [
    'enforcement suspended (đình chỉ thi hành) until the authority decides: suspended as long as nothing lifts it',
    { input: doc(ISSUED, acting('suspends-enforcement', '12/QĐ-TTg', '2026-09-01')), today: '2099-01-01', status: 'suspended', history: ['in-force', 'suspended'] },
  ],
  [
    'enforcement suspended, the authority decides not to repeal (the suspending decision ends): back in force',
    {
      input: doc(ISSUED, acting('suspends-enforcement', '12/QĐ-TTg', '2026-09-01', { expiryDate: '2026-12-01' })),
      today: '2026-12-01',
      status: 'in-force',
      history: ['in-force', 'suspended', 'in-force'],
    },
  ],
  [
    'enforcement suspended, the authority repeals it: expired',
    {
      input: doc(ISSUED, acting('suspends-enforcement', '12/QĐ-TTg', '2026-09-01'), acting('repeals', '13/2026/QĐ-UBND', '2026-12-01')),
      today: '2030-01-01',
      status: 'expired',
      history: ['in-force', 'suspended', 'expired'],
    },
  ],
  [
    'repealed while suspended: expired is final',
    {
      input: doc(
        ISSUED,
        acting('suspends', '7/2026/QĐ-UBND', '2026-09-01', { expiryDate: '2027-03-01' }),
        acting('repeals', '9/2026/QĐ-UBND', '2026-12-01'),
      ),
      today: '2030-01-01',
      status: 'expired',
      history: ['in-force', 'suspended', 'expired'],
    },
  ],
  [
    'amended after its own expiry date: nothing after expiry',
    {
      input: doc({ ...ISSUED, expiryDate: '2025-01-01' }, acting('amends', '5/2025/QĐ-UBND', '2025-06-01')),
      today: '2026-11-26',
      status: 'expired',
      history: ['in-force', 'expired'],
    },
  ],
  [
    'replacement not yet dated is ignored',
    { input: doc(ISSUED, acting('replaces', '10/2026/QĐ-UBND', null)), today: '2026-11-26', status: 'in-force', history: ['in-force'] },
  ],
  [
    'replaced on the day it takes effect',
    { input: doc(ISSUED, acting('replaces', '2/2024/QĐ-UBND', '2024-03-01')), today: '2024-03-01', status: 'expired', history: ['in-force', 'expired'] },
  ],
])('deriveValidity: %s', (_name, { input, today, status, history }) => {
  it(`is ${status} on ${today}`, () => {
    const result = deriveValidity(ValidityInputSchema.parse(input), today);
    expect(result.status).toBe(status);
    expect(result.history.map((event) => event.status)).toEqual(history);
  });

  it('lists the history in date order, up to today', () => {
    const dates = deriveValidity(input, today).history.map((event) => event.date);
    expect([...dates].sort()).toEqual(dates);
    for (const date of dates) expect(date <= today).toBe(true);
  });
});

describe('deriveValidity causes', () => {
  it('records the document dates and the acting documents with their kind and number', () => {
    const input = doc(
      { ...ISSUED, expiryDate: '2030-01-01' },
      acting('amends', '5/2025/QĐ-UBND', '2025-06-01'),
      acting('suspends', '7/2026/QĐ-UBND', '2026-09-01', { expiryDate: '2027-03-01' }),
    );
    expect(deriveValidity(input, '2031-01-01').history).toEqual([
      { date: '2024-03-01', status: 'in-force', cause: { kind: 'effective-date' } },
      { date: '2025-06-01', status: 'partially-expired', cause: { kind: 'relation', relationKind: 'amends', number: '5/2025/QĐ-UBND' } },
      { date: '2026-09-01', status: 'suspended', cause: { kind: 'relation', relationKind: 'suspends', number: '7/2026/QĐ-UBND' } },
      { date: '2027-03-01', status: 'partially-expired', cause: { kind: 'relation', relationKind: 'suspends', number: '7/2026/QĐ-UBND' } },
      { date: '2030-01-01', status: 'expired', cause: { kind: 'expiry-date' } },
    ]);
  });

  it('covers every status', () => {
    const seen = new Set<ValidityStatus>([
      deriveValidity(doc({}), '2026-11-26').status,
      deriveValidity(doc(ISSUED), '2026-11-26').status,
      deriveValidity(doc({ ...ISSUED, expiryDate: '2025-01-01' }), '2026-11-26').status,
      deriveValidity(doc(ISSUED, acting('amends', '5/2025/QĐ-UBND', '2025-06-01')), '2026-11-26').status,
      deriveValidity(doc(ISSUED, acting('suspends', '8/2026/QĐ-UBND', '2026-09-01')), '2026-11-26').status,
    ]);
    expect([...seen].sort()).toEqual([...VALIDITY_STATUSES].sort());
  });
});

describe('relations that only link documents leave validity alone', () => {
  const linking = RELATION_KINDS.filter((kind) => validityEffect(kind, false) === null);

  it('are guides, details, based-on, implements, consolidates, corrects, interprets, announces and refers-to', () => {
    expect(linking).toEqual(['guides', 'details', 'based-on', 'implements', 'consolidates', 'corrects', 'interprets', 'announces', 'refers-to']);
  });

  it.each(linking)('%s', (kind) => {
    const result = deriveValidity(doc(ISSUED, acting(kind, '11/2025/QĐ-UBND', '2025-06-01', { partial: true })), '2026-11-26');
    expect(result).toEqual({ status: 'in-force', history: [{ date: '2024-03-01', status: 'in-force', cause: { kind: 'effective-date' } }] });
  });
});

describe('incomingRelations', () => {
  const documents = [
    {
      number: '2/2025/QĐ-UBND',
      issuedDate: '2025-05-20',
      effectiveDate: '2025-06-01',
      expiryDate: null,
      relations: [
        { kind: 'replaces' as const, targetNumber: '07/2024/QĐ-UBND' },
        { kind: 'refers-to' as const, targetNumber: '43/2011/NĐ-CP' },
      ],
    },
    {
      number: '88/QĐ-UBND',
      issuedDate: '2026-09-01',
      effectiveDate: null,
      expiryDate: '2027-03-01',
      relations: [{ kind: 'suspends' as const, targetNumber: '7/2024/qđ-ubnd', partial: false }],
    },
    { number: null, issuedDate: null, effectiveDate: null, expiryDate: null, relations: [{ kind: 'repeals' as const, targetNumber: '7/2024/QĐ-UBND' }] },
  ];

  it('finds every document acting on a number, whatever the spelling, with its dates', () => {
    expect(incomingRelations('7/2024/QĐ-UBND', documents)).toEqual([
      { kind: 'replaces', number: '2/2025/QĐ-UBND', partial: false, effectiveDate: '2025-06-01', expiryDate: null },
      { kind: 'suspends', number: '88/QĐ-UBND', partial: false, effectiveDate: '2026-09-01', expiryDate: '2027-03-01' },
    ]);
  });

  it('finds nothing for an unreadable number', () => {
    expect(incomingRelations('7-2024', documents)).toEqual([]);
  });
});
