import { describe, expect, it } from 'vitest';
import { webLinkProblem } from './web-link.ts';

describe('webLinkProblem', () => {
  it.each(['https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc.html?ma=1.00309', 'http://maps.example.vn/x', '', null, undefined])('accepts %s', (value) => {
    expect(webLinkProblem(value)).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', /https:\/\//],
    ['JAVASCRIPT:alert(1)', /javascript:/],
    ['data:text/html,<script>1</script>', /data:/],
    ['vbscript:msgbox', /vbscript:/],
    ['//evil.example/x', /địa chỉ web đầy đủ/],
    ['/du-thao', /địa chỉ web đầy đủ/],
    ['file:///etc/passwd', /file:/],
  ])('refuses %s', (value, message) => {
    expect(webLinkProblem(value)).toMatch(message);
  });
});
