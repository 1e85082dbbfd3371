/**
 * npm start — installs what is missing, builds what is stale, starts the CMS and the site on the embedded
 * defaults (SQLite under .data/), creates the first admin, loads the demo content into an empty registry
 * and prints the URLs. Ctrl-C stops everything.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ensureBuilt, ensureInstalled } from './lib/build.ts';
import { DATA_DIR } from './lib/paths.ts';

// The services' own output: warnings, errors and failed requests by default; `npm start -- --logs all` for every
// request line, `--logs none` for silence (CONG_LOGS sets the same).
const { values: args } = parseArgs({ options: { logs: { type: 'string', default: process.env.CONG_LOGS ?? 'warnings' } } });
if (!['warnings', 'all', 'none'].includes(args.logs!)) {
  console.error(`✗ --logs phải là warnings, all hoặc none (nhận được "${args.logs}").`);
  process.exit(2);
}
const echo = args.logs as 'warnings' | 'all' | 'none';

ensureInstalled();
ensureBuilt();

const { startCms, startMailCatcher, startSite } = await import('./lib/services.ts');
const { countDocuments, progressBar } = await import('./lib/registry-client.ts');
const { loadDemoContent } = await import('./lib/demo.ts');

const cmsPort = Number(process.env.CMS_PORT ?? 1337);
const sitePort = Number(process.env.SITE_PORT ?? 4321);
const started = performance.now();

const publicUrl = process.env.PUBLIC_SITE_URL || `http://localhost:${sitePort}`;
// Without SMTP_URL every mail the demo sends goes to a local catcher with a web inbox; nothing leaves the machine.
const mail = process.env.SMTP_URL
  ? null
  : await startMailCatcher({ smtpPort: Number(process.env.MAIL_SMTP_PORT ?? 1025), webPort: Number(process.env.MAIL_WEB_PORT ?? 1080), dataDir: DATA_DIR, quiet: true });
const cms = await startCms({
  port: cmsPort,
  dataDir: DATA_DIR,
  databaseUrl: process.env.DATABASE_URL,
  adminEmail: process.env.CMS_ADMIN_EMAIL,
  adminPassword: process.env.CMS_ADMIN_PASSWORD,
  echo,
  // Mails link to the portal; the catcher receives them unless SMTP_URL names a real server.
  env: { PUBLIC_SITE_URL: publicUrl, ...(mail ? { SMTP_URL: mail.smtpUrl } : {}) },
});
let site: Awaited<ReturnType<typeof startSite>> | undefined;
const stop = async () => {
  console.log('\n› Đang dừng…');
  await Promise.all([site?.stop(), cms.stop()]);
  await mail?.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
cms.process.on('exit', (code) => {
  if (code) console.error(`✗ CMS dừng bất thường (mã ${code}).\n${cms.logs().slice(-3000)}`);
});

if ((await countDocuments(cms.url, cms.tokens.importer)) === 0) {
  console.log('› Cơ sở dữ liệu trống: nạp nội dung mẫu (dữ liệu mẫu của một cơ quan giả định)…');
  const results = await loadDemoContent(cms.url, cms.tokens.importer, progressBar('Nạp nội dung mẫu'));
  const failed = results.filter((r) => r.action === 'failed');
  for (const f of failed) console.error(`✗ ${f.number ?? f.sourceKey}: ${f.error}`);
}

// The site reads its tokens from the site-only file: the importer's full-access token never reaches its process.
site = await startSite({ port: sitePort, cmsUrl: cms.url, tokenFile: cms.siteTokenFile, dataDir: DATA_DIR, publicUrl: process.env.PUBLIC_SITE_URL, echo });

console.log(`
✓ Cổng đã chạy (${((performance.now() - started) / 1000).toFixed(1)} giây)
  Trang công khai:  http://localhost:${sitePort}
  Quản trị (CMS):   http://localhost:${cmsPort}/admin`);
console.log(mail ? `  Hộp thư thử:      ${mail.url} (mọi thư Cổng gửi; không thư nào ra ngoài)` : `  Thư gửi qua:      SMTP_URL`);
if (existsSync(cms.adminPasswordFile)) {
  const [email, password] = readFileSync(cms.adminPasswordFile, 'utf8').trim().split('\n');
  console.log(`  Tài khoản quản trị đầu tiên: ${email} / ${password}
  (mật khẩu chỉ hiện một lần; hãy đổi ngay sau khi đăng nhập)`);
  rmSync(cms.adminPasswordFile);
} else if (process.env.CMS_ADMIN_EMAIL) {
  console.log(`  Tài khoản quản trị: ${process.env.CMS_ADMIN_EMAIL} (mật khẩu từ CMS_ADMIN_PASSWORD)`);
}
console.log(`  Nhật ký dịch vụ: ${echo === 'all' ? 'mọi dòng' : echo === 'none' ? 'tắt' : 'chỉ cảnh báo và lỗi'} (npm start -- --logs all|warnings|none)
  Nhấn Ctrl-C để dừng.`);
