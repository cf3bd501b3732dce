import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/** How long the Undo after a one-click rating is offered. */
export const UNDO_MS = 10_000;

/** What the Undo button takes: it stays while it has focus or the pointer is over it. */
export interface UndoHold {
  ref: RefObject<HTMLButtonElement>;
  onBlur(): void;
  onMouseEnter(): void;
  onMouseLeave(): void;
}

/**
 * Whether the Undo for the rating `key` (null: none to undo) is still offered: for UNDO_MS after
 * the key appears, and beyond that for as long as the button has keyboard focus or the pointer is
 * over it, so it never vanishes from under the user's hand. A new key starts a new window.
 */
export function useUndoWindow(key: string | null, ms = UNDO_MS): { open: boolean; hold: UndoHold } {
  // The window that ran out (and is no longer held): a key not closed yet is open from its first render.
  const [closed, setClosed] = useState<string | null>(null);
  const ref = useRef<HTMLButtonElement>(null);
  const state = useRef({ pointer: false, expired: false });

  useEffect(() => {
    const s = state.current;
    s.expired = false;
    // No rating to undo: the button is gone, and one removed under the pointer hears no mouseleave.
    if (key === null) {
      s.pointer = false;
      return;
    }
    const id = setTimeout(() => {
      s.expired = true;
      const focused = ref.current !== null && ref.current === document.activeElement;
      if (!focused && !s.pointer) setClosed(key);
    }, ms);
    return () => clearTimeout(id);
  }, [key, ms]);

  // Once the time is up, the button goes as soon as neither focus nor the pointer holds it.
  const release = (focusLeft: boolean): void => {
    const s = state.current;
    const focused = !focusLeft && ref.current !== null && ref.current === document.activeElement;
    if (s.expired && !s.pointer && !focused) setClosed(key);
  };
  return {
    open: key !== null && closed !== key,
    hold: {
      ref,
      onBlur: () => release(true),
      onMouseEnter: () => {
        state.current.pointer = true;
      },
      onMouseLeave: () => {
        state.current.pointer = false;
        release(false);
      },
    },
  };
}
