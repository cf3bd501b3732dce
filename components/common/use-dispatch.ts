import { useState } from 'preact/hooks';
import { userError } from '../../utils/user-error';
import { dispatch as send } from '../../utils/messaging';
import type { DispatchResult, UserEvent } from '../../utils/messaging';

export interface Dispatcher {
  /** True while an event is on its way: controls that send one are disabled meanwhile. */
  busy: boolean;
  /** Why the last event failed, in plain words, or null. */
  error: string | null;
  /** Sends a user event to the background; null when it failed (the reason is in `error`). */
  dispatch(event: UserEvent): Promise<DispatchResult | null>;
  /** Forgets the last failure, e.g. when what it was about has left the screen. */
  clearError(): void;
}

/** Sending user events from a page, with the busy and error state every page shows. */
export function useDispatch(): Dispatcher {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dispatch = async (event: UserEvent): Promise<DispatchResult | null> => {
    setBusy(true);
    setError(null);
    try {
      return await send(event);
    } catch (err) {
      setError(userError(err));
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, dispatch, clearError: () => setError(null) };
}
