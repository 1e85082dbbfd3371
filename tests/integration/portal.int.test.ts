import { describe, expect, inject, it } from 'vitest';
import { demoOfficials, demoQuestions, demoUnits } from '../../content/src/demo/index.ts';
import { foldDiacritics, isOverdue, parseHolidays, PORTAL_SECTIONS, weekOf } from '../../content/src/index.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';

/** The portal's required sections on the real stack: the CMS rules (both databases) and the site in front of SQLite. */
const stack = inject('stack');
const sqlite = stack.cms.sqlite!;
const cms = new CmsApi(sqlite.url, sqlite.importerToken, sqlite);
const site = (path: string, init?: RequestInit) => fetch(`${stack.siteUrl}${path}`, init);
const backends = (['sqlite', 'postgres'] as const).filter((name) => stack.cms[name]);

describe.each(backends)('official e-mail directory rules (%s)', (backend) => {
  const target = stack.cms[backend]!;
  const api = new CmsApi(target.url, target.importerToken, target);

  it('refuses an address outside the official domains, in Vietnamese, on create and on update', async () => {
    const refused = await api.rest('POST', '/officials', { data: { name: 'Kiểm thử', email: 'kiemthu@gmail.com' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/không thuộc tên miền thư điện tử công vụ \(gov\.vn\)/);
    expect(refused.body.error.details.errors[0].path).toEqual(['email']);

    const unit = await api.rest('POST', '/units', { data: { name: `Đơn vị kiểm thử ${backend}`, email: 'KiemThu@SongHong.gov.vn' } });
    expect(unit.status).toBe(201);
    expect(unit.body.data.email).toBe('kiemthu@songhong.gov.vn');
    const update = await api.rest('PUT', `/units/${unit.body.data.documentId}`, { data: { email: 'donvi@yahoo.com.vn' } });
    expect(update.status).toBe(400);
    expect(update.body.error.message).toMatch(/Chỉ thị 34\/2008\/CT-TTg/);
    await api.rest('DELETE', `/units/${unit.body.data.documentId}`);
  });

  it('normalises text to NFC on the way in', async () => {
    const decomposed = 'Phòng Kiểm thử NFC'.normalize('NFD');
    const created = await api.rest('POST', '/related-links', { data: { name: decomposed, url: 'https://example.gov.vn/' } });
    expect(created.status).toBe(201);
    expect(created.body.data.name).toBe('Phòng Kiểm thử NFC'.normalize('NFC'));
    await api.rest('DELETE', `/related-links/${created.body.data.documentId}`);
  });
});

describe.each(backends)('a row created without its slug (%s)', (backend) => {
  const target = stack.cms[backend]!;
  const api = new CmsApi(target.url, target.importerToken, target);

  it('gets one from its title, as the admin would make it, and stays unique', async () => {
    const title = `Tin không có đường dẫn ${backend} ${Date.now()}`;
    const first = await api.rest('POST', '/articles?status=published', { data: { title, section: 'tin-tuc', summary: 'Tạo qua REST.' } });
    const second = await api.rest('POST', '/articles?status=published', { data: { title, section: 'tin-tuc', summary: 'Cùng tiêu đề.' } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.data.slug).toMatch(/^tin-khong-co-duong-dan-/);
    expect(second.body.data.slug).not.toBe(first.body.data.slug);
    if (backend === 'sqlite') {
      // The site lists the section and links to it: one row without an address no longer takes the lists down.
      await eventually(async () => (await (await site('/tin-tuc')).text()).includes(`/tin-tuc/${first.body.data.slug}"`), 10_000);
      expect(await (await site('/tin-tuc')).text()).toContain(`/tin-tuc/${first.body.data.slug}"`);
      expect((await site('/sitemap.xml')).status).toBe(200);
    }
    for (const created of [first, second]) await api.rest('DELETE', `/articles/${created.body.data.documentId}`);
  });
});

describe('GET /api/v1/directory and vCards', () => {
  it('lists units and officials in the documented shape', async () => {
    const response = await site('/api/v1/directory');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.meta).toMatchObject({ page: 1, total: body.data.length });
    const emails = body.data.map((entry: any) => entry.email);
    for (const official of demoOfficials) expect(emails).toContain(official.email);
    for (const unit of demoUnits) expect(emails).toContain(unit.email);
    for (const entry of body.data) {
      expect(Object.keys(entry).sort()).toEqual(['email', 'kind', 'name', 'phone', 'title', 'unit', 'vcard']);
      expect(entry.email).toMatch(/\.gov\.vn$/);
    }
    // Protocol order (audit D13: the Chủ tịch came third): the leaders in their order, then unit by unit.
    const people = body.data.filter((entry: any) => entry.kind === 'person').map((entry: any) => entry.name);
    const leaders = demoOfficials.filter((o) => o.leader).sort((a, b) => a.order - b.order).map((o) => o.name);
    expect(people.slice(0, leaders.length)).toEqual(leaders);
    const page = await (await site('/danh-ba')).text();
    const positions = leaders.map((name) => page.indexOf(name));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('searches without diacritics and filters by unit', async () => {
    const an = demoOfficials.find((o) => o.slug === 'nguyen-van-an')!;
    const found = await (await site(`/api/v1/directory?q=${encodeURIComponent(foldDiacritics(an.name).toLowerCase())}`)).json();
    expect(found.data.map((e: any) => e.email)).toEqual([an.email]);
    const unit = await (await site('/api/v1/directory?unit=so-tu-phap')).json();
    expect(unit.data.map((e: any) => e.email).sort()).toEqual(demoOfficials.filter((o) => o.unit === 'so-tu-phap').map((o) => o.email).sort());
    const bad = await site('/api/v1/directory?unit=khong-co');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ field: 'unit' });
  });

  it('offers each official and unit as a vCard 4.0 download', async () => {
    const leader = demoOfficials.find((o) => o.leader)!;
    const response = await site(`/danh-ba/${leader.slug}.vcf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/vcard/);
    expect(response.headers.get('content-disposition')).toContain(`attachment; filename="${leader.slug}.vcf"`);
    const card = await response.text();
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(card).toContain(`FN:${leader.name}\r\n`);
    const words = leader.name.split(' ');
    expect(card).toContain(`N:${words[0]};${words.at(-1)};${words.slice(1, -1).join(' ')};;\r\n`);
    expect(card).toContain(`EMAIL;TYPE=work:${leader.email}\r\n`);
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
    expect((await site('/danh-ba/don-vi/so-tu-phap.vcf')).status).toBe(200);
    expect((await site('/danh-ba/khong-co-nguoi-nay.vcf')).status).toBe(404);
  });

  it('shows the directory page with a working unit filter and vCard links', async () => {
    const html = await (await site('/danh-ba?don-vi=so-tai-chinh')).text();
    expect(html).toContain('vnanh@songhong.gov.vn');
    expect(html).not.toContain('hdmanh@songhong.gov.vn');
    expect(html).toContain('href="/danh-ba/vu-ngoc-anh.vcf"');
  });
});

describe('Lịch công tác week boundaries (Asia/Ho_Chi_Minh)', () => {
  it('puts Sunday 16:59:59 UTC in one week and Sunday 17:00 UTC (Monday 00:00 ICT) in the next', async () => {
    const before = { title: 'Kiểm thử biên tuần: cuối Chủ nhật', startsAt: '2030-01-06T16:59:59.000Z', place: 'Phòng A' };
    const after = { title: 'Kiểm thử biên tuần: đầu thứ Hai', startsAt: '2030-01-06T17:00:00.000Z', place: 'Phòng B' };
    for (const entry of [before, after]) expect((await cms.rest('POST', '/schedule-entries', { data: entry })).status).toBe(201);
    expect(weekOf(before.startsAt).key).toBe('2030-W01');
    expect(weekOf(after.startsAt).key).toBe('2030-W02');

    let w1 = '';
    await eventually(async () => (w1 = await (await site('/lich-cong-tac?tuan=2030-W01')).text()).includes(before.title), 10_000);
    expect(w1).toContain(before.title);
    expect(w1).not.toContain(after.title);
    const w2 = await (await site('/lich-cong-tac?tuan=2030-W02')).text();
    expect(w2).toContain(after.title);
    expect(w2).not.toContain(before.title);
    // Shown on Monday 07/01/2030 at 00:00, Vietnam time.
    const monday = w2.slice(w2.indexOf('Thứ Hai, 07/01/2030'));
    expect(monday.slice(0, monday.indexOf('Thứ Ba'))).toMatch(/00:00[\s\S]*Kiểm thử biên tuần: đầu thứ Hai/);
    expect((await site('/lich-cong-tac?tuan=2030-W54')).status).toBe(400);
  });
});

describe('Hỏi đáp', () => {
  it('looks a question up by its code, however it is typed, without showing personal data', async () => {
    const answered = demoQuestions.find((q) => q.answerStatus === 'answered' && q.showPublicly)!;
    const html = await (await site(`/hoi-dap?ma=${encodeURIComponent(answered.code.toLowerCase().replace(/-/g, ' '))}`)).text();
    expect(html).toContain('Đã trả lời');
    expect(html).toContain(answered.answer!.slice(0, 40));
    const open = demoQuestions.find((q) => q.answerStatus === 'received')!;
    const openHtml = await (await site(`/hoi-dap?ma=${open.code}`)).text();
    expect(openHtml).toContain('Đã tiếp nhận');
    expect(openHtml).not.toContain(open.email);
    expect(openHtml).not.toContain(open.name);
    expect(await (await site('/hoi-dap?ma=HD-2026-ZZZZZZ')).text()).toContain('Không tìm thấy câu hỏi có mã');
  });

  it('flags open questions older than 15 working days, skipping the configured holidays', async () => {
    const holidays = parseHolidays(stack.publicHolidays);
    const now = new Date();
    const cases = [10, 18, 21, 23, 25, 28, 35].map((daysAgo) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString());
    const expectations: Array<{ code: string; expected: boolean; withoutHolidays: boolean }> = [];
    for (const submittedAt of cases) {
      const created = await cms.rest('POST', '/questions', {
        data: { name: 'Kiểm thử', email: 'kiemthu@example.vn', subject: `Kiểm thử hạn ${submittedAt}`, body: 'Nội dung kiểm thử hạn trả lời.', submittedAt },
      });
      expect(created.status).toBe(201);
      expect(created.body.data.code).toMatch(/^HD-\d{4}-[0-9A-HJKMNP-TV-Z]{6}$/);
      expectations.push({
        code: created.body.data.code,
        expected: isOverdue({ submittedAt, answerStatus: 'received' }, now, holidays),
        withoutHolidays: isOverdue({ submittedAt, answerStatus: 'received' }, now, parseHolidays('')),
      });
      expect(created.body.data.overdue).toBe(expectations.at(-1)!.expected);
    }
    // The holidays changed the outcome for at least one case, so the CMS really read PUBLIC_HOLIDAYS.
    expect(expectations.some((e) => e.expected !== e.withoutHolidays)).toBe(true);
    expect(expectations.some((e) => e.expected)).toBe(true);
    expect(expectations.some((e) => !e.expected)).toBe(true);
    // The asker's own lookup says so too, by the same rule (audit D11: it showed only "Đã tiếp nhận").
    for (const e of [expectations.find((x) => x.expected)!, expectations.find((x) => !x.expected)!]) {
      const lookup = await (await site(`/hoi-dap?ma=${e.code}`)).text();
      expect(lookup.includes('Quá hạn trả lời'), e.code).toBe(e.expected);
    }
    // The demo's 40-day-old open question is flagged; answering it clears the flag.
    const old = demoQuestions.find((q) => q.daysAgo > 30)!;
    const row = (await cms.rest('GET', `/questions?filters[code][$eq]=${old.code}`)).body.data[0];
    expect(row.overdue).toBe(true);
    const answered = await cms.rest('PUT', `/questions/${row.documentId}`, { data: { answerStatus: 'answered', answer: 'Trả lời kiểm thử.' } });
    expect(answered.body.data).toMatchObject({ overdue: false, answerStatus: 'answered' });
    expect(answered.body.data.answeredAt).toBeTruthy();
  });

  it('gives Q&A staff a role that can read and answer questions and nothing else', async () => {
    const roles = (await cms.adminRequest('GET', '/admin/roles')).body.data;
    const qa = roles.find((role: any) => role.code === 'cong-qa');
    expect(qa?.name).toBe('Cán bộ trả lời hỏi đáp');
    const permissions = (await cms.adminRequest('GET', `/admin/roles/${qa.id}/permissions`)).body.data;
    const granted = permissions.map((p: any) => `${p.action} ${p.subject}`).sort();
    expect(granted).toEqual([
      'plugin::content-manager.explorer.read api::question.question',
      'plugin::content-manager.explorer.update api::question.question',
    ]);
  });

  it('a subscription taken while the portal sends no mail promises no confirmation mail (no SMTP_URL here)', async () => {
    const html = await (await site('/nhan-tin')).text();
    const token = /name="form-token" value="([^"]+)"/.exec(html)![1]!;
    await new Promise((r) => setTimeout(r, 3100)); // the timing token refuses faster posts
    const post = await site('/nhan-tin', {
      method: 'POST',
      headers: { Origin: stack.siteUrl, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'form-token': token, email: 'nhan-tin-khi-tat-thu@example.vn', 'chu-de': 'du-thao' }),
    });
    expect(post.status).toBe(202);
    const page = await post.text();
    expect(page).toContain('Đã nhận đăng ký');
    expect(page).toContain('chưa gửi được thư điện tử');
    expect(page).not.toContain('Hãy kiểm tra hộp thư');
  });

  it('files a question from the no-JS form once, keeps fields on error, and ignores the honeypot', async () => {
    const origin = { Origin: stack.siteUrl };
    const form = async () => {
      const html = await (await site('/hoi-dap')).text();
      return /name="form-token" value="([^"]+)"/.exec(html)![1]!;
    };
    const token = await form();
    await new Promise((r) => setTimeout(r, 3100)); // the timing token refuses faster posts
    const fields = { 'form-token': token, name: 'Trần Thị Kiểm Thử', email: 'tt.kiemthu@example.vn', phone: '', subject: 'Hỏi về lệ phí', body: 'Xin hỏi lệ phí cấp phiếu lý lịch tư pháp số 2 là bao nhiêu?', consent: 'yes' };
    const post = (data: Record<string, string>) => site('/hoi-dap', { method: 'POST', headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(data) });

    const invalid = await post({ ...fields, email: 'sai-dia-chi', consent: '' });
    expect(invalid.status).toBe(400);
    const invalidHtml = await invalid.text();
    expect(invalidHtml).toContain('id="hd-email-error"');
    expect(invalidHtml).toContain('id="hd-consent-error"');
    expect(invalidHtml).toContain('value="sai-dia-chi"');
    expect(invalidHtml).toContain(fields.body);

    const first = await post(fields);
    expect(first.status).toBe(202);
    const code = /class="code">([^<]+)</.exec(await first.text())![1]!;
    const stored = (await cms.rest('GET', `/questions?filters[code][$eq]=${code}`)).body.data;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ subject: fields.subject, answerStatus: 'received', overdue: false });
    expect(stored[0]).not.toHaveProperty('email'); // private: the site's read token never sees it

    // The same form again is the same question: 200, nothing new stored, the same code.
    const again = await post(fields);
    expect(again.status).toBe(200);
    expect(await again.text()).toContain(code);
    expect((await cms.rest('GET', `/questions?filters[subject][$eq]=${encodeURIComponent(fields.subject)}`)).body.data).toHaveLength(1);

    const bot = await post({ ...fields, website: 'http://spam.example', subject: 'Quảng cáo' });
    expect(bot.status).toBe(202);
    expect((await cms.rest('GET', `/questions?filters[subject][$eq]=${encodeURIComponent('Quảng cáo')}`)).body.data).toHaveLength(0);
  });
});

describe('required sections', () => {
  it('are in the sitemap, the HTML site map and (when marked) the menu', async () => {
    const text = async (path: string) => (await site(path)).text();
    const [xml, tree, home] = await Promise.all([text('/sitemap.xml'), text('/so-do-trang'), text('/')]);
    const nav = home.slice(home.indexOf('class="site-nav"'), home.indexOf('</nav>', home.indexOf('class="site-nav"')));
    for (const section of PORTAL_SECTIONS) {
      expect(xml, section.path).toMatch(new RegExp(`<loc>[^<]*${section.path}</loc>`));
      if (section.key !== 'sitemap') expect(tree, section.path).toContain(`href="${section.path}"`);
      if (section.menu) expect(nav, section.path).toContain(`href="${section.path}"`);
    }
    // The drafts, their feed and API are in the HTML site map; no page is listed twice (audit D10).
    for (const path of ['/du-thao', '/du-thao/rss.xml', '/api/v1/drafts']) expect(tree, path).toContain(`href="${path}"`);
    const main = tree.slice(tree.indexOf('<main'), tree.indexOf('</main>'));
    const hrefs = [...main.matchAll(/href="([^"#]+)"/g)].map((m) => m[1]!);
    expect(hrefs.filter((href, i) => hrefs.indexOf(href) !== i)).toEqual([]);
  });

  it('offers "Nộp trực tuyến" only for procedures filed online, guidance for in-person ones (audit D18)', async () => {
    const html = await (await site('/dich-vu-cong')).text();
    const rows = html.split('<tr id="thu-tuc-').slice(1).map((row) => row.slice(0, row.indexOf('</tr>')));
    const inPerson = rows.filter((row) => row.includes('Nộp trực tiếp'));
    const online = rows.filter((row) => row.includes('Trực tuyến toàn trình') || row.includes('Trực tuyến một phần'));
    expect(inPerson.length).toBeGreaterThan(0);
    expect(online.length).toBeGreaterThan(0);
    for (const row of inPerson) {
      expect(row).not.toContain('Nộp trực tuyến');
      expect(row).toContain('Xem hướng dẫn');
    }
    for (const row of online) expect(row).toContain('Nộp trực tuyến');
  });

  it('serve the feeds and the news API in the documents API shape', async () => {
    for (const path of ['/rss.xml', '/tin-tuc/rss.xml', '/van-ban/rss.xml']) {
      const response = await site(path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('<rss');
    }
    const news = await (await site('/api/v1/news?pageSize=2')).json();
    expect(news.meta).toMatchObject({ page: 1, pageSize: 2 });
    expect(news.data).toHaveLength(2);
    expect(news.data[0].url).toMatch(/\/tin-tuc\/[a-z0-9-]+$/);
    expect((await site('/api/v1/news?section=khong-co')).status).toBe(400);
    for (const path of ['/api/v1/schedule', '/api/v1/services', '/api/v1/projects', '/api/v1/statistics', '/api/v1/questions']) {
      const body = await (await site(path)).json();
      expect(body.data.length, path).toBeGreaterThan(0);
      expect(body.meta, path).toMatchObject({ total: body.data.length, page: 1 });
      expect(JSON.stringify(body), path).not.toMatch(/@example\.com|visitorKey|fingerprint/);
    }
    expect((await site('/api/v1/schedule?week=2026-48')).status).toBe(400);
  });
});

describe('the English pages', () => {
  it('are English in their frame too, and offer Vietnamese instead of English (audit D12)', async () => {
    for (const path of ['/en', '/en/contact']) {
      const html = await (await site(path)).text();
      expect(html, path).toContain('Skip to main content');
      expect(html, path).toContain('aria-label="Main navigation"');
      expect(html, path).toContain('About this portal');
      expect(html, path).not.toContain('Bỏ qua, đến nội dung chính');
      expect(html, path).not.toContain('Điều hướng chính');
      expect(html, path).not.toContain('action="/danh-gia"');
      expect(html, path).not.toMatch(/>English<\/a>/);
      expect(html, path).toMatch(/class="site-lang"[^>]*hreflang="vi"[^>]*>Tiếng Việt</);
    }
    const leader = demoOfficials.find((o) => o.leader && o.order === 1)!;
    const intro = await (await site('/en')).text();
    expect(intro).toMatch(/Chairperson of the Provincial People(?:'|&#39;)s Committee/);
    expect(intro).not.toContain(`– ${leader.title}`);
  });
});

describe('satisfaction rating', () => {
  /** The rating form of a page as a browser gets it: its path, its token (bound to that page). */
  async function ratingForm(path: string): Promise<Record<string, string>> {
    const html = await (await site(path)).text();
    const form = html.slice(html.indexOf('action="/danh-gia"'));
    return { trang: /name="trang" value="([^"]*)"/.exec(form)![1]!, 'form-token': /name="form-token" value="([^"]+)"/.exec(form)![1]! };
  }
  const vote = (form: Record<string, string>, score: string, headers: Record<string, string> = {}) =>
    site('/danh-gia', {
      method: 'POST',
      headers: { Origin: stack.siteUrl, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ ...form, muc: score }),
    });

  it('counts one anonymous vote per visitor per page per day, whatever the browser says; totals for editors only', async () => {
    expect((await site('/thong-ke').then((r) => r.text()))).toContain('action="/danh-gia"');
    const form = await ratingForm('/thong-ke');
    await new Promise((r) => setTimeout(r, 1600)); // a person takes a moment to choose
    const first = await vote(form, 'hai-long', { 'user-agent': 'trinh-duyet-1' });
    expect(first.status).toBe(202);
    expect(await first.text()).toContain('Cảm ơn bạn đã đánh giá');
    // Another User-Agent from the same address is the same visitor (M5: the browser is not in the key).
    const second = await vote(form, 'chua-hai-long', { 'user-agent': 'trinh-duyet-2' });
    expect(second.status).toBe(200);
    expect(await second.text()).toContain('Hôm nay bạn đã đánh giá trang này');
    expect((await vote(form, 'rat-tot')).status).toBe(400);
    const totals = (await cms.rest('GET', '/page-rating-totals?filters[path][$eq]=/thong-ke')).body.data;
    expect(totals).toEqual([expect.objectContaining({ path: '/thong-ke', satisfied: 1, unsatisfied: 0, total: 1 })]);
    const votes = (await cms.rest('GET', '/page-ratings?filters[path][$eq]=/thong-ke')).body.data;
    expect(votes).toHaveLength(1);
    expect(votes[0]).not.toHaveProperty('visitorKey');
  });

  it('counts every vote when many visitors (behind the agency\'s proxy) rate a page at once', async () => {
    const form = await ratingForm('/du-an');
    await new Promise((r) => setTimeout(r, 1600));
    const votes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => vote(form, i % 2 ? 'binh-thuong' : 'hai-long', { 'x-forwarded-for': `198.51.100.${i + 1}` })),
    );
    expect(votes.map((r) => r.status)).toEqual(Array(8).fill(202));
    const totals = (await cms.rest('GET', '/page-rating-totals?filters[path][$eq]=/du-an')).body.data;
    expect(totals).toEqual([expect.objectContaining({ satisfied: 4, neutral: 4, total: 8 })]);
  });
});

describe('Hỏi đáp when the CMS refuses the write', () => {
  it('answers 503 in Vietnamese and keeps every field', { timeout: 90_000 }, async () => {
    const { freePort, startSite } = await import('../../scripts/lib/services.ts');
    const broken = await startSite({ port: await freePort(), cmsUrl: sqlite.url, cmsToken: sqlite.siteToken, publicInputToken: 'khong-hop-le', quiet: true });
    try {
      const html = await (await fetch(`${broken.url}/hoi-dap`)).text();
      const token = /name="form-token" value="([^"]+)"/.exec(html)![1]!;
      await new Promise((r) => setTimeout(r, 3100));
      const fields = { 'form-token': token, name: 'Lê Văn Bảo Trì', email: 'baotri@example.vn', phone: '0912 345 678', subject: 'Hỏi khi bảo trì', body: 'Nội dung câu hỏi này phải được giữ nguyên khi hệ thống bảo trì.', consent: 'yes' };
      const response = await fetch(`${broken.url}/hoi-dap`, {
        method: 'POST',
        headers: { Origin: broken.url, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
      const page = await response.text();
      expect(page).toContain('Hệ thống đang bảo trì nên chưa gửi được câu hỏi');
      for (const value of [fields.name, fields.email, fields.phone, fields.subject, fields.body]) expect(page).toContain(value);
      expect(page).toMatch(/id="hd-consent"[^>]*checked/);
    } finally {
      await broken.stop();
    }
  });
});
