import { createContext } from 'preact';
import { useContext, useLayoutEffect } from 'preact/hooks';

/**
 * One pain scale per page. A page with a scale of its own (the toolbar popup) provides this, and
 * hears from a prompt shown inside it whether that prompt's pain part shows a scale: then the
 * page's own scale steps aside. Elsewhere (the prompt window) nobody listens.
 */
export const PainScaleClaim = createContext<((shown: boolean) => void) | null>(null);

/** Tells the page around it whether this prompt shows a pain scale now (before paint, so never two). */
export function useClaimPainScale(shown: boolean): void {
  const claim = useContext(PainScaleClaim);
  useLayoutEffect(() => {
    if (!claim) return;
    claim(shown);
    return () => claim(false);
  }, [claim, shown]);
}
