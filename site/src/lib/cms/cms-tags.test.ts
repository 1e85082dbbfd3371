import { describe, expect, it } from 'vitest';
import { tagsForRead } from './cms-tags.ts';

describe('tagsForRead', () => {
  it.each([
    ['a list of a collection', '/api/legal-documents', { data: [{ documentId: 'd1' }, { documentId: 'd2' }] }, ['kind:legal-documents', 'entry:d1', 'entry:d2']],
    ['a list filtered to one entry (a detail page by slug)', '/api/articles', { data: [{ documentId: 'a1', slug: 'x' }] }, ['kind:articles', 'entry:a1']],
    ['an empty list', '/api/projects', { data: [] }, ['kind:projects']],
    ['one entry by documentId', '/api/legal-documents/d9', { data: { documentId: 'd9' } }, ['entry:d9']],
    ['a single type', '/api/agency-profile', { data: { documentId: 'p1', name: 'Sở' } }, ['kind:agency-profiles', 'entry:p1']],
    ['the maintenance notice', '/api/maintenance-notice/current', { data: null }, ['kind:maintenance-notices']],
    ['published answers', '/api/question-desk/answers?limit=50', { data: [{ documentId: 'q1' }] }, ['kind:questions', 'entry:q1']],
    ['a question looked up by code (one not found yet may appear)', '/api/question-desk/lookup/HD-2026-7K3Q9M', { data: null }, ['kind:questions']],
    [
      "a draft's approved comments",
      '/api/consultations/c%201/comments/approved',
      { data: [{ documentId: 'pc1' }] },
      ['kind:public-comments', 'entry:c 1', 'entry:pc1'],
    ],
    ["the published documents' statistics rows", '/api/registry/statistics?page=2', { data: [{ documentId: 'd1' }] }, ['kind:legal-documents', 'entry:d1']],
    ['the list of drafts', '/api/consultations', { data: [{ documentId: 'c1' }] }, ['kind:consultations', 'entry:c1']],
  ])('%s', (_, path, body, tags) => {
    expect(tagsForRead(path, body).sort()).toEqual([...tags].sort());
  });

  it('tags every populated relation, at any depth, once', () => {
    const body = {
      data: [
        {
          documentId: 'doc',
          documentType: { documentId: 'type', name: 'Chỉ thị' },
          issuingBody: { documentId: 'body' },
          fields: [{ documentId: 'f1' }, { documentId: 'f2' }],
          parent: { documentId: 'unit', parent: { documentId: 'root' } },
          attachments: [{ file: { id: 3, url: '/uploads/a.pdf' } }],
        },
        { documentId: 'doc2', documentType: { documentId: 'type' } },
      ],
      meta: { pagination: { total: 2 } },
    };
    expect(tagsForRead('/api/legal-documents', body).sort()).toEqual(
      ['kind:legal-documents', 'entry:doc', 'entry:doc2', 'entry:type', 'entry:body', 'entry:f1', 'entry:f2', 'entry:unit', 'entry:root'].sort(),
    );
  });

  it('ignores documentIds that are not strings', () => {
    expect(tagsForRead('/api/units', { data: [{ documentId: 7 }, { documentId: '' }] })).toEqual(['kind:units']);
  });
});
