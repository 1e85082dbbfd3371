import { sectionFeed } from '#lib/render/feeds.ts';

/** /khoa-hoc-cong-nghe/rss.xml: the science programmes section's latest articles. */
export const GET = () => sectionFeed('khoa-hoc-cong-nghe');
