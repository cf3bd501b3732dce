/**
 * What kind of failure a thrown value is, so a page can say it in plain words (never the
 * browser's own text, e.g. "Resource::kQuotaBytes quota exceeded").
 */
export type ErrorKind = 'storageFull' | 'noAnswer' | 'other';

/** Classifies what storage or messaging threw: a full store, a background that did not answer, or else. */
export function errorKind(err: unknown): ErrorKind {
  const text = (err instanceof Error ? err.message : typeof err === 'string' ? err : '').toLowerCase();
  const name = err instanceof Error ? err.name : '';
  if (name === 'QuotaExceededError' || /quota|kquotabytes|disk is full|no space/.test(text)) return 'storageFull';
  if (
    /receiving end does not exist|could not establish connection|message port closed|message channel closed|no response|extension context invalidated/.test(
      text,
    )
  )
    return 'noAnswer';
  return 'other';
}
