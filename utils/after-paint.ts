/**
 * Runs `run` `ms` after the page's first paint; or `ms` + 100 after now if no frame comes (a hidden
 * or covered window pauses animation frames, and the rest of the page must load all the same).
 */
export function afterPaint(run: () => void, ms: number): void {
  let done = false;
  const once = (): void => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once, ms));
  setTimeout(once, ms + 100);
}
