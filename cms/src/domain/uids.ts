/** Strapi UIDs of the registry's content types, named once. */
export const LEGAL_DOCUMENT = 'api::legal-document.legal-document';
export const DOCUMENT_TYPE = 'api::document-type.document-type';
export const ISSUING_BODY = 'api::issuing-body.issuing-body';
export const LEGAL_FIELD = 'api::legal-field.legal-field';
export const SIGNER = 'api::signer.signer';

/** Content types editors work on: every write to these is normalised and announced to the site. */
export const REGISTRY_UIDS = [LEGAL_DOCUMENT, DOCUMENT_TYPE, ISSUING_BODY, LEGAL_FIELD, SIGNER] as const;
