/** Strapi UIDs of the registry's content types, named once. */
export const LEGAL_DOCUMENT = 'api::legal-document.legal-document';
export const DOCUMENT_TYPE = 'api::document-type.document-type';
export const ISSUING_BODY = 'api::issuing-body.issuing-body';
export const LEGAL_FIELD = 'api::legal-field.legal-field';
export const SIGNER = 'api::signer.signer';

/** Content types editors work on: every write to these is normalised and announced to the site. */
export const REGISTRY_UIDS = [LEGAL_DOCUMENT, DOCUMENT_TYPE, ISSUING_BODY, LEGAL_FIELD, SIGNER] as const;

export const CONSULTATION = 'api::consultation.consultation';
export const PUBLIC_COMMENT = 'api::public-comment.public-comment';

/** Consultation content types: writes are NFC-normalised like the registry's (cms/src/domain/consultation-rules.ts). */
export const CONSULTATION_UIDS = [CONSULTATION, PUBLIC_COMMENT] as const;
