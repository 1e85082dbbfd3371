import { type ArticleSection, PORTAL_SECTIONS } from '@cong/content';
import { vi } from '../i18n/vi.ts';
import { InvalidParamError } from './errors.ts';

/** Label, description and menu key of an article section: what the shared list and article pages need. */
export function sectionInfo(section: ArticleSection): { label: string; description: string; key: string; path: string } {
  const entry = PORTAL_SECTIONS.find((s) => s.path === `/${section}`)!;
  return { label: entry.label, description: vi.articles.descriptions[section], key: entry.key, path: entry.path };
}

/** `?trang=N`: a positive page number, 1 when absent. */
export function readPage(params: URLSearchParams): number {
  const raw = params.get('trang');
  if (raw === null || raw === '') return 1;
  const page = Number(raw);
  if (!Number.isInteger(page) || page < 1 || page > 10_000) throw new InvalidParamError('trang', vi.invalid.page(raw));
  return page;
}
