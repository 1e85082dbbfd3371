import { QuestionSubmissionSchema } from '@cong/content';
import { env } from './env.ts';
import { CmsUnavailableError } from './errors.ts';
import { requestIdHeader } from './request-context.ts';
import { FormSigner, HONEYPOT_FIELD, RateLimiter, TOKEN_FIELD } from './form-guard.ts';

/**
 * Hỏi đáp, write side: reads the posted form, applies the anti-spam rules, and files the question in the CMS
 * with the `cong-public-input` token. The question is stored (the CMS answered 201/200 with its code) before the
 * page shows a confirmation; on any failure the page shows the form again with everything the citizen typed.
 */
export const QUESTION_FIELDS = ['name', 'email', 'phone', 'subject', 'body'] as const;
export type QuestionField = (typeof QUESTION_FIELDS)[number] | 'consent';
export type QuestionValues = Record<(typeof QUESTION_FIELDS)[number], string> & { consent: boolean };

export type SubmitOutcome =
  | { kind: 'filed'; code: string; duplicate: boolean }
  | { kind: 'invalid'; values: QuestionValues; errors: Partial<Record<QuestionField, string>> }
  | { kind: 'rejected'; values: QuestionValues; status: 400 | 429; message: string }
  | { kind: 'spam' };

const signer = new FormSigner(env.FORM_SECRET);
const perAddress = new RateLimiter(5, 3600_000);
const perEmail = new RateLimiter(3, 3600_000);

export const issueFormToken = () => signer.issue();

export async function submitQuestionForm(form: FormData, clientAddress: string): Promise<SubmitOutcome> {
  const values: QuestionValues = {
    ...(Object.fromEntries(QUESTION_FIELDS.map((f) => [f, String(form.get(f) ?? '').normalize('NFC').slice(0, 6000)])) as Record<(typeof QUESTION_FIELDS)[number], string>),
    consent: form.get('consent') === 'yes',
  };
  // A filled honeypot is a bot: answer as if filed, keep nothing.
  if (String(form.get(HONEYPOT_FIELD) ?? '') !== '') return { kind: 'spam' };
  const token = signer.check(String(form.get(TOKEN_FIELD) ?? ''));
  if (!token.ok) {
    const message =
      token.reason === 'too-fast'
        ? 'Câu hỏi được gửi quá nhanh sau khi mở trang. Xin kiểm tra lại nội dung rồi bấm “Gửi câu hỏi” lần nữa.'
        : 'Biểu mẫu đã hết hạn (quá 2 giờ) hoặc không hợp lệ. Nội dung của bạn vẫn còn dưới đây; xin bấm “Gửi câu hỏi” lần nữa.';
    return { kind: 'rejected', values, status: 400, message };
  }
  const parsed = QuestionSubmissionSchema.safeParse(values);
  if (!parsed.success) {
    const errors: Partial<Record<QuestionField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as QuestionField;
      errors[field] ??= issue.message;
    }
    return { kind: 'invalid', values, errors };
  }
  if (!perAddress.take(signer.key(`ip:${clientAddress}`)) || !perEmail.take(signer.key(`email:${parsed.data.email}`))) {
    return {
      kind: 'rejected',
      values,
      status: 429,
      message: 'Bạn đã gửi nhiều câu hỏi trong một giờ qua. Xin thử lại sau; nội dung của bạn vẫn còn dưới đây.',
    };
  }
  const response = await post({ ...parsed.data, idempotencyKey: token.nonce, senderKey: signer.key(`ip:${clientAddress}`) });
  if (response.status === 400) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string; details?: { errors?: { path?: string[] }[] } } } | null;
    const field = body?.error?.details?.errors?.[0]?.path?.[0] as QuestionField | undefined;
    const message = body?.error?.message ?? 'Câu hỏi chưa hợp lệ.';
    return field ? { kind: 'invalid', values, errors: { [field]: message } } : { kind: 'rejected', values, status: 400, message };
  }
  if (!response.ok) {
    throw new CmsUnavailableError(`CMS answered ${response.status} to a question`, 'See the CMS log; check the cong-public-input token.');
  }
  const body = (await response.json()) as { data: { code: string; duplicate: boolean } };
  return { kind: 'filed', code: body.data.code, duplicate: body.data.duplicate };
}

async function post(data: Record<string, unknown>): Promise<Response> {
  if (!env.CMS_PUBLIC_INPUT_TOKEN) {
    throw new CmsUnavailableError('No CMS_PUBLIC_INPUT_TOKEN', 'Set CMS_PUBLIC_INPUT_TOKEN or a CMS_TOKEN_FILE with a "publicInput" token.');
  }
  try {
    return await fetch(`${env.CMS_URL}/api/question-desk/submit`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${env.CMS_PUBLIC_INPUT_TOKEN}`, 'Content-Type': 'application/json', ...requestIdHeader() },
      body: JSON.stringify({ data }),
      signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
    });
  } catch (error) {
    throw new CmsUnavailableError(`CMS did not answer a question submission: ${String(error)}`, 'Check that Strapi runs at CMS_URL.', { cause: error });
  }
}
