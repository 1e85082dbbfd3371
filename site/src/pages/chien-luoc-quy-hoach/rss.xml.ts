import { sectionFeed } from '#lib/render/feeds.ts';

/** /chien-luoc-quy-hoach/rss.xml: the plans section's latest articles. */
export const GET = () => sectionFeed('chien-luoc-quy-hoach');
