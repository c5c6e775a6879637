/** Hands a downloaded file to the browser to save, through a link to its blob. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is let go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
