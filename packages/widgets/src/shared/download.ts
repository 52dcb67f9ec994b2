/** Makes a file name safe on every system: letters, digits, `.`, `_` and `-` only. */
export function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'download';
}

/**
 * Hands a file to the browser's download, as a link with `download` would. The link is never
 * attached to the page, so a host portal's click handlers (pjax, a router) never see it.
 */
export function downloadFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFileName(fileName);
  link.click();
  // Revoked later: the browser reads the URL after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
