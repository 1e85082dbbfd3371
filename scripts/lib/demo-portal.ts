import sharp from 'sharp';
import * as demo from '../../content/src/demo/index.ts';

/**
 * The portal's required sections (introduction, contacts, directory, news, schedule, services, projects,
 * statistics, links, Q&A) loaded through the CMS's REST API as an editor would enter them. Idempotent: each
 * item is looked up by its slug, code or name first, so a restart adds nothing twice. Photos and featured
 * images are drawn as SVG and rendered to JPEG with sharp, then uploaded like any editor's image.
 */
export async function loadPortalDemo(cmsUrl: string, token: string): Promise<void> {
  const api = client(cmsUrl, token);

  await api.put('/agency-profile', demo.demoAgencyProfile);

  const unitIds = new Map<string, string>();
  for (const unit of demo.demoUnits) {
    const { slug, parent, ...data } = unit;
    const documentId = await api.ensure('/units', { slug }, { ...data, slug, parent: parent ? unitIds.get(parent) ?? null : null });
    unitIds.set(slug, documentId);
  }

  for (const official of demo.demoOfficials) {
    const { unit, ...data } = official;
    const existing = await api.find('/officials', { slug: official.slug });
    if (existing) continue;
    const photo = official.leader ? await api.upload(await portrait(official.name), `${official.slug}.jpg`, 'image/jpeg') : null;
    await api.create('/officials', { ...data, unit: unitIds.get(unit) ?? null, ...(photo ? { photo } : {}) });
  }

  const loaded = new Date();
  for (const article of demo.demoArticles) {
    const { daysAgo, image, ...data } = article;
    if (await api.find('/articles', { slug: article.slug }, 'draft')) continue;
    const postedAt = new Date(Date.UTC(loaded.getUTCFullYear(), loaded.getUTCMonth(), loaded.getUTCDate() - daysAgo, 1, 0)).toISOString();
    const featuredImage = image ? await api.upload(await banner(article.title, image.hue), `${article.slug}.jpg`, 'image/jpeg') : null;
    await api.create('/articles?status=published', {
      ...data,
      postedAt,
      ...(featuredImage ? { featuredImage, featuredImageAlt: image!.alt } : {}),
    });
  }

  // The schedule is relative to today, so it is only added when the CMS has none at all.
  if (!(await api.any('/schedule-entries'))) {
    for (const entry of demo.demoSchedule(loaded)) await api.create('/schedule-entries', entry);
  }
  for (const service of demo.demoPublicServices) await api.ensure('/public-services', { code: service.code }, service);
  for (const project of demo.demoProjects) await api.ensure('/projects', { name: project.name }, project);
  for (const report of demo.demoStatistics) await api.ensure('/statistic-reports', { slug: report.slug }, report);
  for (const link of demo.demoRelatedLinks) await api.ensure('/related-links', { url: link.url }, link);
  for (const question of demo.demoQuestions) {
    const { daysAgo, ...data } = question;
    const submittedAt = new Date(loaded.getTime() - daysAgo * 86_400_000).toISOString();
    const answeredAt = data.answerStatus === 'answered' ? new Date(loaded.getTime() - 2 * 86_400_000).toISOString() : null;
    await api.ensure('/questions', { code: question.code }, { ...data, submittedAt, answeredAt });
  }
}

function client(cmsUrl: string, token: string) {
  const auth = { authorization: `Bearer ${token}` };
  const call = async (method: string, path: string, body?: unknown): Promise<any> => {
    const response = await fetch(`${cmsUrl}/api${path}`, {
      method,
      headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify({ data: body }) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Nạp nội dung mẫu: ${method} ${path} thất bại (HTTP ${response.status}): ${text.slice(0, 500)}`);
    return text ? JSON.parse(text) : null;
  };
  const find = async (path: string, where: Record<string, string>, status?: 'draft'): Promise<any | null> => {
    const q = new URLSearchParams(Object.entries(where).map(([k, v]) => [`filters[${k}][$eq]`, v]));
    if (status) q.set('status', status);
    return (await call('GET', `${path}?${q}`)).data?.[0] ?? null;
  };
  return {
    find,
    put: (path: string, data: unknown) => call('PUT', path, data),
    create: async (path: string, data: unknown): Promise<string> => (await call('POST', path, data)).data.documentId,
    any: async (path: string) => ((await call('GET', `${path}?pagination[pageSize]=1`)).data?.length ?? 0) > 0,
    ensure: async (path: string, where: Record<string, string>, data: unknown): Promise<string> => {
      const found = await find(path, where);
      if (found) return found.documentId;
      return (await call('POST', path, data)).data.documentId;
    },
    upload: async (bytes: Buffer, name: string, type: string): Promise<number> => {
      const form = new FormData();
      form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
      const response = await fetch(`${cmsUrl}/api/upload`, { method: 'POST', headers: auth, body: form });
      if (!response.ok) throw new Error(`Tải ảnh mẫu ${name} lên CMS thất bại (HTTP ${response.status}): ${await response.text()}`);
      return ((await response.json()) as Array<{ id: number }>)[0]!.id;
    },
  };
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A neutral avatar with the person's initials: a sample photo that cannot be mistaken for a real person. */
async function portrait(name: string): Promise<Buffer> {
  const initials = name.split(/\s+/).slice(-2).map((w) => w[0]).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="750" viewBox="0 0 600 750">
    <rect width="600" height="750" fill="#dbe4ee"/><circle cx="300" cy="290" r="150" fill="#7b93ab"/>
    <rect x="110" y="470" width="380" height="300" rx="180" fill="#7b93ab"/>
    <text x="300" y="330" font-family="DejaVu Sans, sans-serif" font-size="120" text-anchor="middle" fill="#fff">${escapeXml(initials)}</text>
    <text x="300" y="720" font-family="DejaVu Sans, sans-serif" font-size="34" text-anchor="middle" fill="#1b2a38">ẢNH MẪU</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

async function banner(title: string, hue: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},55%,35%)"/><stop offset="1" stop-color="hsl(${hue + 40},55%,55%)"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>
    <text x="80" y="780" font-family="DejaVu Sans, sans-serif" font-size="48" fill="#fff">${escapeXml(title.slice(0, 60))}</text>
    <text x="80" y="840" font-family="DejaVu Sans, sans-serif" font-size="32" fill="#fff">ẢNH MINH HỌA MẪU</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}
