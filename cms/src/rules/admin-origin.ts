/**
 * The one browser origin the CMS talks to: its own admin panel. CMS_PUBLIC_URL (the address editors open, e.g.
 * https://cms.songhong.gov.vn) names it; without it (npm start, tests) the local addresses of PORT are used.
 */
type Env = (name: string, fallback?: string) => string | undefined;

export function adminOrigins(env: Env): string[] {
  const configured = env('CMS_PUBLIC_URL', '') || env('PUBLIC_URL', '');
  if (configured) return [new URL(configured).origin];
  const port = env('PORT', '1337');
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
}
