import { describe, expect, inject, it } from 'vitest';
import { PORTAL_SECTIONS } from '../../content/src/index.ts';

/**
 * Walks every same-origin link from the home page (breadth-first, bounded) and fails on any 4xx/5xx, and on a
 * required section (content/src/portal-sections.ts) that cannot be reached from the home page.
 */
const stack = inject('stack');
const LIMIT = 400;

describe('internal links', () => {
  it('from the home page, every internal link answers and every required section is reachable', { timeout: 180_000 }, async () => {
    const origin = new URL(stack.siteUrl).origin;
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const broken: string[] = [];
    const foundFrom = new Map<string, string>();
    while (queue.length > 0 && seen.size <= LIMIT) {
      const path = queue.shift()!;
      const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
      if (response.status >= 400) {
        broken.push(`${path} → ${response.status} (linked from ${foundFrom.get(path) ?? 'start'})`);
        continue;
      }
      const type = response.headers.get('content-type') ?? '';
      if (!type.startsWith('text/html')) {
        await response.arrayBuffer();
        continue;
      }
      const html = await response.text();
      for (const match of html.matchAll(/<a\s[^>]*href="([^"#]*)(?:#[^"]*)?"/g)) {
        const raw = match[1]!.replace(/&amp;/g, '&');
        if (!raw || raw.startsWith('mailto:') || raw.startsWith('tel:')) continue;
        const url = new URL(raw, `${origin}${path}`);
        if (url.origin !== origin) continue;
        const next = url.pathname + url.search;
        if (seen.has(next)) continue;
        // The schedule links week to week without end: one step from the section page is enough.
        if (path.includes('tuan=') && next.includes('tuan=')) continue;
        seen.add(next);
        foundFrom.set(next, path);
        queue.push(next);
      }
    }
    expect(broken).toEqual([]);
    expect(seen.size, 'the walk stayed within its bound').toBeGreaterThan(PORTAL_SECTIONS.length);
    const missing = PORTAL_SECTIONS.filter((section) => !seen.has(section.path)).map((s) => s.path);
    expect(missing, 'required sections not linked from the site').toEqual([]);
  });
});
