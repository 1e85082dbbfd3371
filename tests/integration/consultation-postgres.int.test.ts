import { describe, expect, inject, it } from 'vitest';
import { demoConsultationSlugs } from '../../content/src/demo/index.ts';
import { loadDemoConsultations } from '../../scripts/lib/demo.ts';

/**
 * The comment endpoint's rules on PostgreSQL (the production database): committed before 202, repeats stored
 * once, 409 outside the window, and the minimum period on publish. Talks to the CMS directly with the
 * comment-only token, as the site does.
 */
const stack = inject('stack');
const pg = stack.cms.postgres;

describe.skipIf(!pg)('consultation comments on PostgreSQL', () => {
  const submit = (slug: string, body: unknown) =>
    fetch(`${pg!.url}/api/consultations/${slug}/comments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${pg!.commentToken}`, 'content-type': 'application/json', 'x-cong-client-address': '198.51.100.7' },
      body: JSON.stringify(body),
    });

  it('accepts, de-duplicates and refuses outside the window', async () => {
    await loadDemoConsultations(pg!.url, pg!.importerToken);
    const body = { name: 'Đỗ Văn Pg', email: 'pg@example.vn', content: 'Góp ý trên PostgreSQL, Điều 1.', consent: true, article: 'dieu-1', idempotencyKey: 'pg-1' };
    const answers = await Promise.all([submit(demoConsultationSlugs.open, body), submit(demoConsultationSlugs.open, body)]);
    expect(answers.map((a) => a.status)).toEqual([202, 202]);
    const [a, b] = (await Promise.all(answers.map((r) => r.json()))) as Array<{ id: string; receipt: string; acknowledgement: string }>;
    expect(a!.id).toBe(b!.id);
    // One receipt for the one comment; this CMS has no SMTP_URL, so no acknowledgement is promised.
    expect(a!.receipt).toMatch(/^GY-\d{4}-[0-9A-HJ-NP-Z]{6}$/);
    expect(b).toMatchObject({ receipt: a!.receipt, acknowledgement: 'mail-off' });
    const stored = await (await fetch(`${pg!.url}/api/public-comments?filters[documentId][$eq]=${a!.id}`, { headers: { authorization: `Bearer ${pg!.importerToken}` } })).json();
    expect(stored.data).toHaveLength(1);
    // The receipt is between the citizen and the agency: not in the content API.
    expect(stored.data[0].receipt).toBeUndefined();
    expect((await submit(demoConsultationSlugs.upcoming, { ...body, idempotencyKey: 'pg-2' })).status).toBe(409);
    expect((await submit('khong-co', body)).status).toBe(404);
    const denied = await fetch(`${pg!.url}/api/consultations/${demoConsultationSlugs.open}/comments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${pg!.siteToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(denied.status).toBe(403);
  });
});
