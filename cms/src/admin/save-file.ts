/**
 * Hands a file fetched through the admin API (an export, a comment's attachment) to the browser as a download. The
 * admin API wants the session's token, which a plain link cannot send, so the page fetches the file itself and
 * clicks a link to an object URL, freed once the download has had time to start.
 */
export function saveFile(data: Blob, fileName: string): void {
  const url = URL.createObjectURL(data);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
