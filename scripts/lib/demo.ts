import { type DemoDocument, SAMPLE_MARK, demoComments, demoConsultationSlugs, demoConsultations, demoDraftFiles, demoRecords } from '../../content/src/demo/index.ts';
import { articleLabel, draftOutline, type ImportOutcome, numberKey, numberSlug } from '../../content/src/index.ts';
import { pushRecords } from './registry-client.ts';
import { samplePdf } from './sample-pdf.ts';
import { loadPortalDemo } from './demo-portal.ts';

/**
 * Loads the demo content the way an agency would enter it: the documents through the import endpoint, then
 * a sample PDF original attached to a few of them through the CMS's upload API. Used by `npm start` (into an
 * empty registry), the system tests and the benchmarks.
 */
// Unsigned samples: the mark "signed original" is what the CMS's verification finds, and a demo has no CA's signature.
const ATTACHED: Array<{ number: string }> = [{ number: '08/2026/QĐ-UBND' }, { number: '901/2025/QH15' }, { number: '45/KH-UBND' }];

export async function loadDemoContent(
  cmsUrl: string,
  token: string,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportOutcome[]> {
  const results = await pushRecords(cmsUrl, token, demoRecords, { onProgress });
  for (const { number } of ATTACHED) {
    const record = demoRecords.find((r) => r.number === number);
    if (!record) continue;
    await attachSamplePdf(cmsUrl, token, number, `${numberSlug(number)}.pdf`, {
      issuer: { body: record.issuer.replace(SAMPLE_MARK, '').trim() },
      reference: `Số: ${number}`,
      title: record.type,
      subtitle: record.title,
      body: ['Bản gửi kèm để trình diễn chức năng tệp đính kèm của Cổng; không có giá trị pháp lý.'],
    });
  }
  await loadDemoConsultations(cmsUrl, token);
  await loadDemoComments(cmsUrl, token);
  await loadPortalDemo(cmsUrl, token);
  return results;
}

/**
 * The demo drafts for comment (one open, one upcoming, one with its response published), dated from now, written
 * through the REST API so the consultation rules (minimum period, status) run as for an editor. Skips those there.
 */
export async function loadDemoConsultations(cmsUrl: string, token: string, now: Date = new Date()): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const keyOf = new Map<string, keyof typeof demoConsultationSlugs>(Object.entries(demoConsultationSlugs).map(([key, slug]) => [slug, key as keyof typeof demoConsultationSlugs]));
  for (const record of demoConsultations(now)) {
    const q = new URLSearchParams({ 'filters[slug][$eq]': record.slug, status: 'draft' });
    const found = (await (await fetch(`${cmsUrl}/api/consultations?${q}`, { headers })).json()) as { data?: unknown[] };
    if (found.data?.length) continue;
    const files = await uploadDraftFiles(cmsUrl, token, keyOf.get(record.slug));
    const created = await fetch(`${cmsUrl}/api/consultations?status=published`, { method: 'POST', headers, body: JSON.stringify({ data: { ...record, ...files } }) });
    if (!created.ok) throw new Error(`Nạp dự thảo mẫu ${record.slug} thất bại (HTTP ${created.status}): ${await created.text()}`);
  }
}

/**
 * A demo draft's files (content/src/demo/consultations.ts) as one-page PDFs uploaded like an editor's: the draft's
 * documents as its attachments, and for the closed draft its response report and revised draft.
 */
async function uploadDraftFiles(cmsUrl: string, token: string, key: keyof typeof demoConsultationSlugs | undefined): Promise<Record<string, unknown>> {
  const out: { attachments: Array<{ kind: string; label: string; file: number }>; responseReportFile?: number; revisedDraft?: number } = { attachments: [] };
  for (const file of key ? demoDraftFiles[key] : []) {
    const id = await uploadPdf(cmsUrl, token, file.fileName, file.document);
    if (file.kind === 'response-report') out.responseReportFile = id;
    else if (file.kind === 'revised-draft') out.revisedDraft = id;
    else out.attachments.push({ kind: file.kind, label: file.label, file: id });
  }
  return out;
}

/** The sample comments (approved ones and one waiting for moderation), unless the drafts already have comments. */
export async function loadDemoComments(cmsUrl: string, token: string, now: Date = new Date()): Promise<void> {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  for (const [key, slug] of Object.entries(demoConsultationSlugs)) {
    const mine = demoComments.filter((c) => c.consultation === key);
    if (!mine.length) continue;
    const found = (await (await fetch(`${cmsUrl}/api/consultations?${new URLSearchParams({ 'filters[slug][$eq]': slug })}`, { headers })).json()) as any;
    const draft = found.data?.[0];
    if (!draft) continue;
    const existing = (await (await fetch(`${cmsUrl}/api/public-comments?${new URLSearchParams({ 'filters[consultationId][$eq]': draft.documentId })}`, { headers })).json()) as any;
    if (existing.data?.length) continue;
    const outline = draftOutline(draft.body ?? '');
    for (const c of mine) {
      const data = {
        consultationId: draft.documentId,
        consultationTitle: draft.title,
        moderationStatus: c.status,
        name: c.name,
        anonymous: c.anonymous ?? false,
        organization: c.organization ?? null,
        email: c.email,
        article: c.article,
        articleLabel: articleLabel(outline, c.article),
        content: c.content,
        submittedAt: new Date(now.getTime() - c.hoursAgo * 3_600_000).toISOString(),
        moderatedAt: c.status === 'approved' ? now.toISOString() : null,
      };
      const created = await fetch(`${cmsUrl}/api/public-comments`, { method: 'POST', headers, body: JSON.stringify({ data }) });
      if (!created.ok) throw new Error(`Nạp góp ý mẫu thất bại (HTTP ${created.status}): ${await created.text()}`);
    }
  }
}

async function attachSamplePdf(cmsUrl: string, token: string, number: string, fileName: string, document: DemoDocument): Promise<void> {
  const auth = { authorization: `Bearer ${token}` };
  const q = new URLSearchParams({ 'filters[numberKey][$eq]': numberKey(number)!, 'populate[attachments]': 'true', status: 'draft' });
  const found = (await (await fetch(`${cmsUrl}/api/legal-documents?${q}`, { headers: auth })).json()) as any;
  const doc = found.data?.[0];
  if (!doc || doc.attachments?.length) return; // already attached on an earlier start
  const file = await uploadPdf(cmsUrl, token, fileName, document);
  const update = await fetch(`${cmsUrl}/api/legal-documents/${doc.documentId}?status=published`, {
    method: 'PUT',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ data: { attachments: [file] } }),
  });
  if (!update.ok) throw new Error(`Gắn tệp mẫu vào ${number} thất bại (HTTP ${update.status}): ${await update.text()}`);
}

/** A sample PDF through the CMS's upload API; its media id. */
async function uploadPdf(cmsUrl: string, token: string, fileName: string, document: DemoDocument): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(await samplePdf(document))], { type: 'application/pdf' }), fileName);
  const upload = await fetch(`${cmsUrl}/api/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (!upload.ok) throw new Error(`Tải tệp mẫu ${fileName} lên CMS thất bại (HTTP ${upload.status}): ${await upload.text()}`);
  const [file] = (await upload.json()) as Array<{ id: number }>;
  return file!.id;
}
