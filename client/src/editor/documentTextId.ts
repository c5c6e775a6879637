/** The id of the document's text, which the document page's "Skip to the text" link focuses. */
export const DOCUMENT_TEXT_ID = 'document-text';
