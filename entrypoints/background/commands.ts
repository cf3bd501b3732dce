/** The keyboard shortcuts (manifest `commands`, see wxt.config.ts), as scheduler events. */
import { loadState } from '../../utils/storage/state';
import type { Engine } from './engine';

/** The handler for browser.commands.onCommand. */
export function commandHandler(engine: Engine, now: () => number): (command: string) => Promise<void> {
  return async (command) => {
    if (command === 'rate-pain') await engine.dispatch({ type: 'rate-now' });
    else if (command === 'break-now') await engine.dispatch({ type: 'break-now' });
    else if (command === 'toggle-pause') {
      const paused = (await loadState()).pause !== null;
      await engine.dispatch(paused ? { type: 'resume' } : { type: 'pause', choice: 'indefinite' });
    } else if (command === 'meeting') {
      // On: "until I end it" (the popup offers the fixed lengths); a meeting past its end is off.
      const { meeting } = await loadState();
      const on = meeting !== null && now() < meeting.until;
      await engine.dispatch(on ? { type: 'meeting-end' } : { type: 'meeting', choice: 'open' });
    }
  };
}
