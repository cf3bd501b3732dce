import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * Focus on the first open question and its answers (Tab then reaches the answers, digit keys rate
 * at once); the title when nothing is open. Once per prompt, as soon as it is on screen: the
 * settings it needs may arrive a moment after the prompt itself, so this runs after every render
 * until the title exists. `focused`: a prompt focused already (by the page's first script), where
 * the user may have moved on. Returns the ref for the title.
 */
export function useFocusOnce(
  promptId: string | undefined,
  focused: string | null = null,
): RefObject<HTMLHeadingElement> {
  const heading = useRef<HTMLHeadingElement>(null);
  const focusedFor = useRef<string | null>(focused);
  useEffect(() => {
    if (!promptId || !heading.current || focusedFor.current === promptId) return;
    focusedFor.current = promptId;
    (heading.current.parentElement?.querySelector<HTMLElement>('[data-prompt-focus]') ?? heading.current).focus();
  });
  return heading;
}
