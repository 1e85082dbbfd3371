import { sectionFeed } from '../../lib/feeds.ts';

/** /chi-dao-dieu-hanh/rss.xml: the directions section's latest articles. */
export const GET = () => sectionFeed('chi-dao-dieu-hanh');
