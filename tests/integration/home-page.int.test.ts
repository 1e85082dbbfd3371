import sharp from 'sharp';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { demoAgencyProfile } from '../../content/src/demo/index.ts';
import { CmsApi, eventually } from '../support/cms-api.ts';

/**
 * The agency's name and logo are edited in the CMS (the "Giới thiệu và liên hệ" single type) and shown in the
 * header of every page: an edit in the admin reaches the cached home page within seconds (the profile's tags are
 * recorded by every page that reads it), and without a logo the header shows the neutral placeholder emblem.
 */
const stack = inject('stack');
const sqlite = stack.cms.sqlite!;
const cms = new CmsApi(sqlite.url, sqlite.importerToken, sqlite);
const PROFILE = '/content-manager/single-types/api::agency-profile.agency-profile';
const home = async () => (await fetch(`${stack.siteUrl}/`)).text();
const brand = (html: string) => html.slice(html.indexOf('class="site-brand"'), html.indexOf('</a>', html.indexOf('class="site-brand"')));

afterAll(async () => {
  await cms.adminRequest('PUT', PROFILE, { name: demoAgencyProfile.name, logo: null });
});

describe('the agency profile in the header', () => {
  it('a new name edited in the admin is on the (cached) home page within 5 s', async () => {
    expect(brand(await home())).toContain(demoAgencyProfile.name);
    expect(brand(await home())).toContain('<svg'); // the placeholder emblem: no logo uploaded
    const name = `Ủy ban nhân dân tỉnh Kiểm Thử ${Date.now()}`;
    const saved = await cms.adminRequest('PUT', PROFILE, { name });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const elapsed = await eventually(async () => brand(await home()).includes(name), 5000, 100);
    expect(elapsed).toBeLessThan(5000);
    // The footer reads the same profile.
    const page = await home();
    expect(page.slice(page.indexOf('<footer'))).toContain(name);
  });

  it('an uploaded logo replaces the placeholder emblem, served through the site\'s file proxy', async () => {
    const png = await sharp({ create: { width: 96, height: 96, channels: 4, background: '#1d70b8' } }).png().toBuffer();
    const logoId = await cms.adminUpload(png, 'bieu-trung.png', 'image/png');
    expect((await cms.adminRequest('PUT', PROFILE, { name: demoAgencyProfile.name, logo: logoId })).status).toBe(200);

    await eventually(async () => brand(await home()).includes('site-brand__logo'), 5000, 100);
    const header = brand(await home());
    expect(header).not.toContain('<svg');
    const src = /<img class="site-brand__logo" src="([^"]+)"/.exec(header)?.[1];
    expect(src).toMatch(/^\/tep\//);
    const logo = await fetch(`${stack.siteUrl}${src}`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');

    // Removed again: the placeholder is back.
    expect((await cms.adminRequest('PUT', PROFILE, { name: demoAgencyProfile.name, logo: null })).status).toBe(200);
    await eventually(async () => brand(await home()).includes('<svg'), 5000, 100);
  });
});
