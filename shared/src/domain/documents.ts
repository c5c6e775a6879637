export const DOCUMENT_KINDS = ['compact', 'brief'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
