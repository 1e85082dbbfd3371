import { describe } from 'vitest';
import { documentSigner } from './legal-document.ts';
import { eachCase } from './testing/index.ts';

describe('documentSigner: the title written on the document wins over the official’s current one', () => {
  eachCase(([official, signerTitle]: Parameters<typeof documentSigner>) => documentSigner(official, signerTitle), [
    [[{ name: 'Nguyễn Văn A', title: 'Chủ tịch' }, 'Phó Chủ tịch'], { name: 'Nguyễn Văn A', title: 'Phó Chủ tịch' }],
    [[{ name: 'Nguyễn Văn A', title: 'Chủ tịch' }, null], { name: 'Nguyễn Văn A', title: 'Chủ tịch' }],
    [[{ name: 'Nguyễn Văn A' }, undefined], { name: 'Nguyễn Văn A', title: null }],
    [[null, 'Chủ tịch'], null],
  ], '%j → %j');
});
