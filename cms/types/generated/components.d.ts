import type { Schema, Struct } from '@strapi/strapi';

export interface ConsultationAttachment extends Struct.ComponentSchema {
  collectionName: 'components_consultation_attachments';
  info: {
    description: 'D\u1EF1 th\u1EA3o, t\u1EDD tr\u00ECnh, b\u00E1o c\u00E1o \u0111\u00E1nh gi\u00E1 t\u00E1c \u0111\u1ED9ng ho\u1EB7c t\u00E0i li\u1EC7u kh\u00E1c';
    displayName: 'T\u1EC7p d\u1EF1 th\u1EA3o';
  };
  attributes: {
    file: Schema.Attribute.Media<'files'> & Schema.Attribute.Required;
    kind: Schema.Attribute.Enumeration<
      ['draft', 'explanatory-memo', 'impact-assessment', 'other']
    > &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'draft'>;
    label: Schema.Attribute.String;
  };
}

export interface ConsultationVersion extends Struct.ComponentSchema {
  collectionName: 'components_consultation_versions';
  info: {
    description: 'M\u1ED9t phi\u00EAn b\u1EA3n d\u1EF1 th\u1EA3o \u0111\u00E3 l\u1EA5y \u00FD ki\u1EBFn tr\u01B0\u1EDBc \u0111\u00E2y, gi\u1EEF nguy\u00EAn v\u0103n';
    displayName: 'Phi\u00EAn b\u1EA3n tr\u01B0\u1EDBc';
  };
  attributes: {
    body: Schema.Attribute.RichText;
    file: Schema.Attribute.Media<'files'>;
    label: Schema.Attribute.String & Schema.Attribute.Required;
    postedOn: Schema.Attribute.Date;
  };
}

export interface LegalRelation extends Struct.ComponentSchema {
  collectionName: 'components_legal_relations';
  info: {
    description: 'V\u0103n b\u1EA3n n\u00E0y t\u00E1c \u0111\u1ED9ng \u0111\u1EBFn (ho\u1EB7c d\u1EF1a v\u00E0o) v\u0103n b\u1EA3n c\u00F3 s\u1ED1 k\u00FD hi\u1EC7u d\u01B0\u1EDBi \u0111\u00E2y';
    displayName: 'Quan h\u1EC7 v\u0103n b\u1EA3n';
  };
  attributes: {
    articles: Schema.Attribute.String;
    kind: Schema.Attribute.Enumeration<
      [
        'amends',
        'replaces',
        'repeals',
        'guides',
        'details',
        'based-on',
        'implements',
        'consolidates',
        'corrects',
        'suspends',
        'suspends-enforcement',
        'interprets',
        'announces',
        'refers-to',
      ]
    > &
      Schema.Attribute.Required;
    note: Schema.Attribute.String;
    partial: Schema.Attribute.Boolean & Schema.Attribute.DefaultTo<false>;
    targetNumber: Schema.Attribute.String & Schema.Attribute.Required;
    targetNumberKey: Schema.Attribute.String;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'consultation.attachment': ConsultationAttachment;
      'consultation.version': ConsultationVersion;
      'legal.relation': LegalRelation;
    }
  }
}
