import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '@cong/content';
import { relationArticlesProblem, withRelationKeys } from './document-relations';

describe('a relation carries the matching key of the number it cites', () => {
  it.each(['15/2026/QĐ-UBND', '15/2026/qđ-ubnd', ' 15/2026/QĐ-UBND '])('%s links by the number\'s key', (targetNumber) => {
    const parsed = parseDocumentNumber('15/2026/QĐ-UBND');
    expect(parsed.ok).toBe(true);
    const [relation] = withRelationKeys([{ kind: 'amends', targetNumber }]);
    expect(relation).toEqual({ kind: 'amends', targetNumber, targetNumberKey: parsed.ok ? parsed.value.key : '' });
  });

  it('keeps a number that does not parse, keyed by its plain upper-case text (shown unlinked)', () => {
    expect(withRelationKeys([{ kind: 'refers-to', targetNumber: ' công văn số mười ' }])[0]!.targetNumberKey).toBe('CÔNG VĂN SỐ MƯỜI');
  });

  it('keys a relation without a number as empty, and keeps its other fields', () => {
    expect(withRelationKeys([{ kind: 'guides', partial: true }])).toEqual([{ kind: 'guides', partial: true, targetNumberKey: '' }]);
  });
});

describe('the articles a relation names', () => {
  it.each([[[]], [[{ targetNumber: '1/2026/QĐ-UBND' }]], [[{ targetNumber: '1/2026/QĐ-UBND', articles: 'Điều 4, khoản 2 Điều 5' }]], [[{ articles: null }]], [[{ articles: '' }]]])(
    '%j reads',
    (relations) => {
      expect(relationArticlesProblem(relations)).toBeNull();
    },
  );

  it('names the relation that does not read, and says how to write it', () => {
    expect(relationArticlesProblem([{ targetNumber: '1/2026/QĐ-UBND', articles: 'Điều 4' }, { targetNumber: '2/2026/QĐ-UBND', articles: 'Chương II' }])).toMatch(
      /^Quan hệ thứ 2 \(2\/2026\/QĐ-UBND\): Không đọc được phạm vi "Chương II"\. Ghi các điều/,
    );
  });
});
