import { sectionFeed } from '../../lib/feeds.ts';

/** /tin-tuc/rss.xml: the news section's latest articles. */
export const GET = () => sectionFeed('tin-tuc');
