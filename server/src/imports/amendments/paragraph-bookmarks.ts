/**
 * Every exported paragraph carries its paragraph id as a Word bookmark named `pid_<id>`: Word and LibreOffice
 * keep bookmarks through editing and saving, so an uploaded file can be matched back to the text by id.
 */
export const PID_BOOKMARK_PREFIX = 'pid_';

export function pidBookmarkName(pid: string): string {
  return `${PID_BOOKMARK_PREFIX}${pid}`;
}

/** The paragraph id a Word paragraph's bookmarks name, if any. */
export function paragraphIdOfBookmarks(bookmarks: readonly string[]): string | null {
  const name = bookmarks.find((b) => b.startsWith(PID_BOOKMARK_PREFIX));
  return name ? name.slice(PID_BOOKMARK_PREFIX.length) : null;
}
