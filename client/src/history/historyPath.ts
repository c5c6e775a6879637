/** The address of a paragraph's history screen. */
export function paragraphHistoryPath(documentId: string, pid: string): string {
  return `/documents/${encodeURIComponent(documentId)}/paragraphs/${encodeURIComponent(pid)}/history`;
}
