import { sectionByKey, type AgencyProfile } from '@cong/content';
import type { SearchDocument } from '../search-document.ts';
import { plainText, sectionTerm } from './page-parts.ts';

const ABOUT = sectionByKey('about');

/** The agency has one introduction, so one fixed id: `page:gioi-thieu`. */
export const AGENCY_PROFILE_SEARCH_ID = `page:${ABOUT.path.slice(1)}`;

/**
 * The agency's introduction (`/gioi-thieu`: functions, duties, history) as a search record of kind `page`. Units
 * and leaders, shown on the same page, are content types of their own and are not part of this record.
 */
export function agencyProfileToSearchDocument(profile: AgencyProfile): SearchDocument {
  return {
    id: AGENCY_PROFILE_SEARCH_ID,
    kind: 'page',
    slug: ABOUT.path.slice(1),
    url: ABOUT.path,
    title: `${ABOUT.label}: ${profile.name}`,
    number: null,
    date: null,
    year: null,
    type: sectionTerm('about'),
    issuer: null,
    status: null,
    text: plainText(profile.functions, profile.duties, profile.history),
    citedNumbers: [],
  };
}
