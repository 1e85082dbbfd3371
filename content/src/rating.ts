import { z } from 'zod';

/**
 * Đánh giá mức độ hài lòng (NĐ 224/2026 Điều 10): three answers, anonymous. What the site sends the CMS:
 * the page's path (no query, no fragment), the answer, and a visitor key that is already a one-way hash.
 */
export const RATING_SCORES = ['hai-long', 'binh-thuong', 'chua-hai-long'] as const;
export const RatingScoreSchema = z.enum(RATING_SCORES, 'Hãy chọn một mức: hài lòng, bình thường hoặc chưa hài lòng.');
export type RatingScore = z.output<typeof RatingScoreSchema>;
export const RATING_LABELS: Record<RatingScore, string> = {
  'hai-long': 'Hài lòng',
  'binh-thuong': 'Bình thường',
  'chua-hai-long': 'Chưa hài lòng',
};

/**
 * A page of this site: one "/", then no second "/" or "\\" (browsers read "//x" and "/\\x" as another host), no
 * query, fragment, space, backslash or control character, at most 300 characters.
 */
export const RATED_PATH = /^\/(?![/\\])[^?#\s\\\p{Cc}]{0,299}$/u;

export const RatingInputSchema = z.object({
  path: z.string().regex(RATED_PATH, 'Đường dẫn trang phải là một trang của cổng: bắt đầu bằng một dấu "/", không có tham số.'),
  score: RatingScoreSchema,
  visitorKey: z.string().min(16).max(100),
});
export type RatingInput = z.output<typeof RatingInputSchema>;
