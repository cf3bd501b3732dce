/**
 * Saves a Blob as a file through the browser's own download: no permission needed. A Blob built of
 * parts (a long export) is never turned back into one string on the page.
 */
export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
