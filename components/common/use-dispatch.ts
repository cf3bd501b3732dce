import { useRef, useState } from 'preact/hooks';
import { userError } from '../../utils/user-error';
import { dispatch as send } from '../../utils/messaging';
import type { DispatchResult, UserEvent } from '../../utils/messaging';

type Rate = Extract<UserEvent, { type: 'rate' }>;

export interface Dispatcher {
  /** True while an event is on its way: controls that send one are disabled meanwhile. */
  busy: boolean;
  /** Why the last event failed, in plain words, or null. */
  error: string | null;
  /**
   * Sends a user event to the background; null when it failed (the reason is in `error`). `sent`:
   * the reply to this event, sent already (by a page's first script): followed, not sent again.
   */
  dispatch(event: UserEvent, sent?: Promise<DispatchResult>): Promise<DispatchResult | null>;
  /** Forgets the last failure, e.g. when what it was about has left the screen. */
  clearError(): void;
  /** Ends a busy state begun before any event was sent here (`startBusy`) that nothing will follow. */
  release(): void;
}

/**
 * Sending user events from a page, with the busy and error state every page shows.
 *
 * A one-click rating that failed may have been stored all the same (the background stored it, then
 * its reply was lost, and storage could not be checked). Until one is confirmed, the same score
 * clicked again is the same intention: it is sent under the unconfirmed rating's id, so it cannot be
 * stored twice. Another score is another rating, with the id its page gave it.
 */
export function useDispatch(startBusy = false): Dispatcher {
  const [busy, setBusy] = useState(startBusy);
  const [error, setError] = useState<string | null>(null);
  const unconfirmed = useRef<Rate | null>(null);
  const dispatch = async (given: UserEvent, sent?: Promise<DispatchResult>): Promise<DispatchResult | null> => {
    const prior = unconfirmed.current;
    const event =
      given.type === 'rate' && prior && prior.score === given.score && prior.source === given.source
        ? { ...given, id: prior.id }
        : given;
    if (event.type === 'rate') unconfirmed.current = event;
    setBusy(true);
    setError(null);
    try {
      const result = await (sent ?? send(event));
      if (event.type === 'rate') unconfirmed.current = null;
      return result;
    } catch (err) {
      setError(userError(err));
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, dispatch, clearError: () => setError(null), release: () => setBusy(false) };
}
