import type { Core } from '@strapi/strapi';
/**
 * Files under /uploads are served from the admin panel's origin. An HTML, SVG or script file there could phish or
 * script against the admin, so everything that is not a raster image or a PDF is sent as a download
 * (`Content-Disposition: attachment`) under a CSP that sandboxes it even if a browser renders it. The upload
 * security config refuses such types already; this is the second line for files stored before it or by another
 * path. Runs in front of the upload plugin's /uploads route (Strapi 5.54).
 */
const INLINE = /^(image\/(png|jpeg|webp|gif|avif)|application\/pdf)$/;

export default (): Core.MiddlewareHandler => async (ctx, next) => {
  await next();
  if (!ctx.path.startsWith('/uploads/')) return;
  ctx.set('X-Content-Type-Options', 'nosniff');
  if (INLINE.test(String(ctx.response.type ?? ''))) return;
  ctx.set('Content-Disposition', 'attachment');
  ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
};
