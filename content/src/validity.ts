import { z } from 'zod';
import { numberKey } from './document-number.ts';
import { IsoDateSchema, type ValidityEvent } from './legal-document.ts';
import { RelationKindSchema, type RelationKind } from './relation-kinds.ts';
import type { ValidityStatus } from './validity-status.ts';

/**
 * Tình trạng hiệu lực, derived and never typed by hand: from the document's own dates and from the documents
 * that act on it. The CMS stores the result on save and refreshes it daily; the site shows it with its history
 * (vbpl.vn's "Lịch sử" tab: date, status, source document).
 */

/** Another document acting on this one (the incoming side of a relation). */
export const IncomingRelationSchema = z.object({
  kind: RelationKindSchema,
  /** The acting document's số ký hiệu, shown as the cause. */
  number: z.string(),
  /** It acts on part of this document only (some articles replaced or repealed). */
  partial: z.boolean(),
  /** The acting document's effective date (its issued date when it states none); null: not placed in time yet. */
  effectiveDate: IsoDateSchema.nullable(),
  /** The acting document's expiry date; for a suspension, the day this document applies again. */
  expiryDate: IsoDateSchema.nullable(),
});
export type IncomingRelation = z.output<typeof IncomingRelationSchema>;

export const ValidityInputSchema = z.object({
  issuedDate: IsoDateSchema.nullable(),
  effectiveDate: IsoDateSchema.nullable(),
  expiryDate: IsoDateSchema.nullable(),
  incoming: z.array(IncomingRelationSchema),
});
export type ValidityInput = z.output<typeof ValidityInputSchema>;

export type DerivedValidity = { status: ValidityStatus; history: ValidityEvent[] };

/** What an incoming relation does to validity. Kinds that only link documents have no effect. */
export type ValidityEffect = 'ends' | 'ends-in-part' | 'suspends' | null;

export function validityEffect(kind: RelationKind, partial: boolean): ValidityEffect {
  switch (kind) {
    case 'replaces':
    case 'repeals':
      return partial ? 'ends-in-part' : 'ends';
    case 'amends':
      // Amended articles lose their old wording: vbpl.vn shows such a document as "Hết hiệu lực một phần".
      return 'ends-in-part';
    // Both leave the document "Ngưng hiệu lực" (Luật Ban hành VBQPPL 2015, Điều 154 k1) until the suspending
    // document ends: a tạm ngưng on the last day of its stated period, a đình chỉ thi hành when the authority's
    // handling decision lifts it (the editor records that as the suspending document's expiry date). A đình chỉ
    // that ends in repeal is a `repeals` relation of its own, which ends the document for good.
    case 'suspends':
    case 'suspends-enforcement':
      return 'suspends';
    default:
      return null;
  }
}

type State = { effective: boolean; partial: boolean; suspensions: number; expired: boolean };

type Step = {
  date: string;
  /** Order of same-day steps: the document takes effect before anything acts on it; ending comes last. */
  rank: number;
  apply: (state: State) => void;
  cause: ValidityEvent['cause'];
};

function statusOf(state: State): ValidityStatus {
  if (state.expired) return 'expired';
  if (!state.effective) return 'not-yet-effective';
  if (state.suspensions > 0) return 'suspended';
  return state.partial ? 'partially-expired' : 'in-force';
}

function timeline(input: ValidityInput, start: string): Step[] {
  const steps: Step[] = [
    { date: start, rank: 0, apply: (s) => { s.effective = true; }, cause: { kind: 'effective-date' } },
  ];
  if (input.expiryDate !== null) {
    steps.push({ date: input.expiryDate, rank: 4, apply: (s) => { s.expired = true; }, cause: { kind: 'expiry-date' } });
  }
  for (const relation of input.incoming) {
    const effect = validityEffect(relation.kind, relation.partial);
    if (effect === null || relation.effectiveDate === null) continue;
    const cause = { kind: 'relation', relationKind: relation.kind, number: relation.number } as const;
    const date = relation.effectiveDate;
    if (effect === 'ends') steps.push({ date, rank: 4, apply: (s) => { s.expired = true; }, cause });
    if (effect === 'ends-in-part') steps.push({ date, rank: 2, apply: (s) => { s.partial = true; }, cause });
    if (effect === 'suspends') {
      const until = relation.expiryDate;
      // A suspension that ends before it starts never applies.
      if (until !== null && until <= date) continue;
      steps.push({ date, rank: 3, apply: (s) => { s.suspensions += 1; }, cause });
      // When the suspending document expires, this one applies again with whatever else happened meanwhile.
      if (until !== null) steps.push({ date: until, rank: 1, apply: (s) => { s.suspensions -= 1; }, cause });
    }
  }
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => a.step.date.localeCompare(b.step.date) || a.step.rank - b.step.rank || a.index - b.index)
    .map(({ step }) => step);
}

/**
 * The status on `today` ('YYYY-MM-DD', Vietnamese day) and the events up to and including it.
 * Rules: the document takes effect on its effective date, else its issued date (with neither it is not yet
 * effective); it expires on its own expiry date or when a document replacing or repealing it in full takes
 * effect; amendment and partial replacement or repeal make it partially expired; a suspension holds from the
 * suspending document's effective date until its expiry date. Expiry is final: later events are not recorded.
 */
export function deriveValidity(input: ValidityInput, today: string): DerivedValidity {
  const start = input.effectiveDate ?? input.issuedDate;
  if (start === null) return { status: 'not-yet-effective', history: [] };

  const state: State = { effective: false, partial: false, suspensions: 0, expired: false };
  const history: ValidityEvent[] = [];
  for (const step of timeline(input, start)) {
    if (step.date > today || state.expired) break;
    step.apply(state);
    history.push({ date: step.date, status: statusOf(state), cause: step.cause });
  }
  return { status: history.at(-1)?.status ?? 'not-yet-effective', history };
}

/** A document as far as acting on others goes: its number, its dates and its outgoing relations. */
export type ActingDocument = {
  number: string | null;
  issuedDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  relations: ReadonlyArray<{ kind: RelationKind; targetNumber: string; partial?: boolean | undefined }>;
};

/**
 * The incoming side for `targetNumber`: every relation among `documents` whose target has the same number key
 * (so "07/CT-BTTTT" and "7/ct-btttt" match). Documents without a number are skipped: they are still under review
 * and cannot be cited as the cause of a change.
 */
export function incomingRelations(targetNumber: string, documents: readonly ActingDocument[]): IncomingRelation[] {
  const target = numberKey(targetNumber);
  if (target === null) return [];
  const incoming: IncomingRelation[] = [];
  for (const document of documents) {
    if (document.number === null) continue;
    for (const relation of document.relations) {
      if (numberKey(relation.targetNumber) !== target) continue;
      incoming.push({
        kind: relation.kind,
        number: document.number,
        partial: relation.partial ?? false,
        effectiveDate: document.effectiveDate ?? document.issuedDate,
        expiryDate: document.expiryDate,
      });
    }
  }
  return incoming;
}
