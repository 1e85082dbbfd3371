import { describe, expect, it } from 'vitest';
import { eachCase } from '@cong/content/testing';
import { EXTRACTION_FAILURES, EXTRACTION_LIMITS, failedLayer, originalFormat, retryDelayMs, textLayerOf } from './original-text';

describe('which files are read', () => {
  eachCase(([mime, ext]: [string | null, string | null]) => originalFormat(mime, ext), [
    [['application/pdf', '.pdf'], 'pdf'],
    [['application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.docx'], 'docx'],
    [['application/vnd.oasis.opendocument.text', '.odt'], 'odt'],
    // A MIME type the browser did not know: the extension decides.
    [['application/octet-stream', '.PDF'], 'pdf'],
    [[null, 'odt'], 'odt'],
    [['image/png', '.png'], null],
    [['application/msword', '.doc'], null],
  ]);
});

describe('a file once read', () => {
  it('keeps each page in NFC, whitespace tidied, empty pages left out', () => {
    const layer = textLayerOf('pdf', [{ page: 1, text: 'Quye\u0302\u0301t \u0111i\u0323nh   so\u0302\u0301 12\n\n\n\nve\u0302\u0300 vie\u0323\u0302c ban ha\u0300nh' }, { page: 2, text: '   ' }], 1);
    expect(layer).toEqual({ status: 'extracted', pages: [{ page: 1, text: 'Quyết định số 12\n\nvề việc ban hành' }], error: null, attempts: 1 });
  });

  it('flags a PDF with (almost) no letters on any page as a scan that needs digitising, saying whether OCR exists', () => {
    expect(textLayerOf('pdf', [{ page: 1, text: '' }, { page: 2, text: '- 2 -' }], 1)).toEqual({ status: 'needs-digitising', pages: [], error: null, attempts: 1, ocr: false });
    expect(textLayerOf('pdf', [{ page: 1, text: '' }, { page: 2, text: 'Điều 1. Phạm vi điều chỉnh của nghị định này' }], 1).status).toBe('extracted');
  });

  it('spells out typographic ligatures, which pdf.js is asked not to normalise', () => {
    expect(textLayerOf('docx', [{ page: null, text: 'Tệp \uFB01le đính kèm' }], 1).pages[0]!.text).toBe('Tệp file đính kèm');
  });

  it('never calls an empty Word or ODT file a scan', () => {
    expect(textLayerOf('docx', [{ page: null, text: '' }], 1)).toEqual({ status: 'extracted', pages: [], error: null, attempts: 1 });
  });
});

describe('failures', () => {
  it('retries a failure that may pass while attempts remain, then gives up with the message', () => {
    const message = EXTRACTION_FAILURES.timeout(EXTRACTION_LIMITS.timeoutMs);
    expect(message).toBe('Trích xuất nội dung quá 30 giây nên bị dừng; tệp có thể bị hỏng hoặc quá phức tạp.');
    expect(failedLayer(message, 1, true).status).toBe('pending');
    expect(failedLayer(message, EXTRACTION_LIMITS.maxAttempts, true)).toEqual({ status: 'failed', pages: [], error: message, attempts: EXTRACTION_LIMITS.maxAttempts });
    expect(failedLayer(EXTRACTION_FAILURES['not-readable']('pdf'), 1, false).status).toBe('failed');
  });

  eachCase(retryDelayMs, [
    [1, 5000],
    [2, 20_000],
    [3, 80_000],
    [9, 600_000],
  ]);

  it('says how big and how many pages in Vietnamese', () => {
    expect(EXTRACTION_FAILURES['too-big'](60 * 1024 * 1024, EXTRACTION_LIMITS.maxBytes)).toBe('Tệp quá lớn để trích xuất nội dung (60 MB, tối đa 50 MB).');
    expect(EXTRACTION_FAILURES['too-many-pages'](100000, 2000)).toContain('100000 trang');
  });
});
