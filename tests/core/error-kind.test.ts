import { describe, expect, it } from 'vitest';
import { errorKind } from '../../utils/core/error-kind';

describe('errorKind: what a page says about a failure, never the browser text itself', () => {
  it.each([
    [new Error('Resource::kQuotaBytes quota exceeded'), 'storageFull'],
    [new Error('QUOTA_BYTES quota exceeded'), 'storageFull'],
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'storageFull'],
    [new Error('Could not establish connection. Receiving end does not exist.'), 'noAnswer'],
    [new Error('The message port closed before a response was received.'), 'noAnswer'],
    [new Error('Extension context invalidated.'), 'noAnswer'],
    [new Error('rating not found'), 'other'],
    ['quota', 'storageFull'],
    [42, 'other'],
    [null, 'other'],
  ])('%s → %s', (err, kind) => {
    expect(errorKind(err)).toBe(kind);
  });
});
