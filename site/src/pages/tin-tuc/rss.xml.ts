import { sectionFeed } from '#lib/render/feeds.ts';

/** /tin-tuc/rss.xml: the news section's latest articles. */
export const GET = () => sectionFeed('tin-tuc');
