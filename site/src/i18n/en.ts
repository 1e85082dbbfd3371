/**
 * The English pages (introduction and contacts; NĐ 43/2011 Điều 13, NĐ 42/2022 Điều 7 k2). Only the strings
 * those pages use; the rest of the portal is Vietnamese.
 */
export const en = {
  home: 'Home',
  intro: 'Introduction',
  introDescription: (agency: string) => `About ${agency}: functions, organisation and leadership.`,
  contact: 'Contact',
  contactDescription: (agency: string) => `Address, telephone, e-mail and office hours of ${agency}.`,
  address: 'Address',
  phone: 'Telephone',
  fax: 'Fax',
  email: 'Official e-mail',
  workingHours: 'Office hours',
  map: 'Map and directions',
  leaders: 'Leadership',
  vietnamese: 'Tiếng Việt',
  vietnameseLabel: 'Phiên bản tiếng Việt',
  directory: 'Official e-mail directory (in Vietnamese)',
  updated: (date: string) => `Last updated: ${date}`,
  /** The page's frame on the English pages: header, menu, search, footer (product audit D12: they stayed Vietnamese). */
  chrome: {
    skipLink: 'Skip to main content',
    mainNav: 'Main navigation',
    menu: 'Menu',
    breadcrumbs: 'You are here',
    searchLabel: 'Search the portal (content in Vietnamese)',
    searchPlaceholder: 'Document number, title…',
    searchButton: 'Search',
    directoryNav: 'E-mail directory (Vietnamese)',
    footerHeading: 'About this portal',
    footerAgency: 'Managing agency',
    footerResponsible: 'Responsible for the content',
    footerAddress: 'Address',
    footerPhone: 'Telephone',
    footerEmail: 'E-mail',
    footerApi: 'Open data (JSON API, in Vietnamese)',
    footerSitemap: 'Site map (XML)',
    copyright: (year: number, owner: string) => `© ${year} ${owner}. Please credit the source when republishing information from this portal.`,
    titleSuffix: (portal: string) => ` | ${portal}`,
  },
  // Planned-maintenance notice (ops); times are Vietnam time (UTC+7), as on the Vietnamese pages.
  maintenance: {
    title: 'Planned maintenance',
    upcoming: (start: string, end: string) => `The portal may be unavailable for planned maintenance from ${start} to ${end} (Vietnam time).`,
    ongoing: (end: string) => `The portal is under planned maintenance; some services may be unavailable. Expected to be completed at ${end} (Vietnam time).`,
  },
} as const;
