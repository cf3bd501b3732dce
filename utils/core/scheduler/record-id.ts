/** Which record a page event stores, by id: retries and other views of a prompt look it up by it. */
import { partId } from './state';
import type { UserEvent } from './events';

/** The id of the record a page event stores: fixed by the prompt, or by the page for a rating. */
export function recordIdOf(event: UserEvent): string | null {
  if (event.type === 'answer') return partId(event.promptId, event.kind);
  if (event.type === 'rate') return event.id;
  return null;
}
