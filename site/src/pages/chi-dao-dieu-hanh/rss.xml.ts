import { sectionFeed } from '#lib/render/feeds.ts';

/** /chi-dao-dieu-hanh/rss.xml: the directions section's latest articles. */
export const GET = () => sectionFeed('chi-dao-dieu-hanh');
