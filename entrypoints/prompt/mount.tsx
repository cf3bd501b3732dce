import { render } from 'preact';
import { PromptApp } from './app';
import { loadSettings } from '../../utils/storage/settings';
import { loadState } from '../../utils/storage/state';
import { parseState } from '../../utils/core/scheduler/schema';
import type { QuickPrompt } from '../../components/prompt/quick-prompt';
import type { PromptStart } from '../../components/prompt/use-prompt';

/**
 * What the page takes over from its first script: the settings and the prompt read now (so the
 * first render is the markup that script drew, and adopts it), the prompt drawn, and what was
 * answered and typed there. The first script answers and reads keys until this hand-over.
 */
export async function promptStart(quick: QuickPrompt): Promise<PromptStart> {
  // Unreadable, the page reads them again itself (and says so), as without a first script.
  const read = await Promise.all([loadSettings(), loadState()]).catch(() => null);
  const { answer, keys } = quick.handOver();
  const [settings, state] = read ?? [undefined, undefined];
  // The prompt drawn stays on screen after its answer, as any prompt answered here does.
  const drawn = quick.drawn ? parseState(quick.read).state.pending : null;
  const shown = drawn?.id === quick.drawn ? drawn : null;
  return { settings, state, shown, answer, keys, focused: quick.drawn };
}

/** Renders the prompt window over what its first script drew (see main.ts), right after the hand-over. */
export async function mount(root: HTMLElement, quick: QuickPrompt): Promise<void> {
  render(<PromptApp start={await promptStart(quick)} />, root);
}
