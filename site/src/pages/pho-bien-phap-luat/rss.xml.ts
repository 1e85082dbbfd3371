import { sectionFeed } from '#lib/render/feeds.ts';

/** /pho-bien-phap-luat/rss.xml: the law dissemination section's latest articles. */
export const GET = () => sectionFeed('pho-bien-phap-luat');
