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

export const RatingInputSchema = z.object({
  path: z
    .string()
    .max(300)
    .regex(/^\/[^?#\s]*$/, 'Đường dẫn trang phải bắt đầu bằng "/" và không có tham số.'),
  score: RatingScoreSchema,
  visitorKey: z.string().min(16).max(100),
});
export type RatingInput = z.output<typeof RatingInputSchema>;
