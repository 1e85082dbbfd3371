import { allFeed } from '#lib/render/feeds.ts';

/** /rss.xml: everything new on the portal (articles of every section and documents). */
export const GET = () => allFeed();
