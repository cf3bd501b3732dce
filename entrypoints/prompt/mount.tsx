import { render } from 'preact';
import { PromptApp } from './app';
import { loadSettings } from '../../utils/storage/settings';
import { loadState } from '../../utils/storage/state';
import { parseState } from '../../utils/core/scheduler/schema';
import type { QuickPrompt } from '../../components/prompt/quick-prompt';

/**
 * Renders the prompt window over what its first script drew (see main.ts), with the settings and
 * the prompt already read, so the first render is that same markup and adopts it. The first
 * script answers and reads keys until the hand-over, just before Preact's handlers are attached.
 */
export async function mount(root: HTMLElement, quick: QuickPrompt): Promise<void> {
  // Unreadable, the page reads them again itself (and says so), as without a first script.
  const read = await Promise.all([loadSettings(), loadState()]).catch(() => null);
  const { answer, keys } = quick.handOver();
  const [settings, state] = read ?? [undefined, undefined];
  // The prompt drawn stays on screen after its answer, as any prompt answered here does.
  const drawn = quick.drawn ? parseState(quick.read).state.pending : null;
  const shown = drawn?.id === quick.drawn ? drawn : null;
  render(<PromptApp start={{ settings, state, shown, answer, keys, focused: quick.drawn }} />, root);
}
