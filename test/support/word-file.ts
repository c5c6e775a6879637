import { strToU8, zipSync } from 'fflate';

/** Builds small Word files in tests: a paragraph's content is written with the helpers below. */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const by = (author: string) => `w:id="${nextId()}" w:author="${author}" w:date="2026-11-30T10:00:00Z"`;
let ids = 100;
const nextId = () => ++ids;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const run = (text: string, { bold = false } = {}) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(text)}</w:t></w:r>`;
export const inserted = (text: string, author = 'Claire Dubois') => `<w:ins ${by(author)}>${run(text)}</w:ins>`;
export const deleted = (text: string, author = 'Claire Dubois') =>
  `<w:del ${by(author)}><w:r><w:delText xml:space="preserve">${escape(text)}</w:delText></w:r></w:del>`;
export const bookmark = (name: string) => {
  const id = nextId();
  return `<w:bookmarkStart w:id="${id}" w:name="${name}"/><w:bookmarkEnd w:id="${id}"/>`;
};

export interface WordParagraph {
  content: string;
  style?: string;
  /** The paragraph mark itself is a tracked insertion (a break typed after it) or deletion. */
  mark?: 'inserted' | 'deleted';
}

export const paragraph = (content: string, options: Omit<WordParagraph, 'content'> = {}): WordParagraph => ({ content, ...options });

export function documentXml(paragraphs: readonly WordParagraph[]): string {
  const body = paragraphs
    .map(({ content, style, mark }) => {
      const markXml = mark ? `<w:rPr><w:${mark === 'inserted' ? 'ins' : 'del'} ${by('Claire Dubois')}/></w:rPr>` : '';
      const properties = style || markXml ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${markXml}</w:pPr>` : '';
      return `<w:p>${properties}${content}</w:p>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A complete .docx (the parts Word and LibreOffice need to open it) around the given document part. */
export function wordFile(paragraphs: readonly WordParagraph[], extraParts: Record<string, string> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml(paragraphs)),
    ...Object.fromEntries(Object.entries(extraParts).map(([name, text]) => [name, strToU8(text)])),
  });
}
