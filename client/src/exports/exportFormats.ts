/** What the document page offers to export, and the API route that serves each. */

export interface ExportChoice {
  id: string;
  group: 'Word' | 'PDF' | 'Other formats';
  label: string;
  /** The route and query, under `/api/documents/:id/`. */
  file: string;
  /** The file name to save under when the server names none. */
  fallbackName: string;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { id: 'docx-clean', group: 'Word', label: 'Clean text', file: 'export.docx?proposals=none', fallbackName: 'text.docx' },
  {
    id: 'docx-tracked',
    group: 'Word',
    label: 'Proposals as tracked changes',
    file: 'export.docx?proposals=tracked',
    fallbackName: 'tracked-changes.docx',
  },
  {
    id: 'docx-compilation',
    group: 'Word',
    label: 'Compilation',
    file: 'export.docx?proposals=compilation',
    fallbackName: 'compilation.docx',
  },
  {
    id: 'docx-comments',
    group: 'Word',
    label: 'With comments',
    file: 'export.docx?proposals=none&comments=1',
    fallbackName: 'comments.docx',
  },
  { id: 'pdf-clean', group: 'PDF', label: 'Clean text', file: 'export.pdf?proposals=none', fallbackName: 'text.pdf' },
  { id: 'pdf-compilation', group: 'PDF', label: 'Compilation', file: 'export.pdf?proposals=compilation', fallbackName: 'compilation.pdf' },
  { id: 'akn', group: 'Other formats', label: 'Akoma Ntoso XML', file: 'export.akn.xml', fallbackName: 'text.akn.xml' },
  { id: 'markdown', group: 'Other formats', label: 'Markdown', file: 'export.md', fallbackName: 'text.md' },
];

export const EXPORT_GROUPS = ['Word', 'PDF', 'Other formats'] as const;

export function exportPath(documentId: string, file: string): string {
  return `/api/documents/${encodeURIComponent(documentId)}/${file}`;
}

/** The Word redline between two revisions, each change authored by where it came from. */
export function redlinePath(documentId: string, from: string, to: string): string {
  const query = new URLSearchParams({ from, to });
  return exportPath(documentId, `export.docx?${query.toString()}`);
}
