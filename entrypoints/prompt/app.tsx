import type { JSX } from 'preact';
import { PromptContent } from '../../components/prompt/prompt-content';
import { usePrompt } from '../../components/prompt/use-prompt';
import type { PromptStart } from '../../components/prompt/use-prompt';

/**
 * The prompt window: one at a time, reused, showing whatever prompt is waiting. The page loads the
 * prompt and sends its answers (usePrompt), and is the main landmark around what it shows. `start`:
 * what the page's first script read and did before this took over (entrypoints/prompt/mount.tsx).
 */
export function PromptApp({ start }: { start?: PromptStart } = {}): JSX.Element {
  const prompt = usePrompt(start);
  return (
    <main class="prompt">
      <PromptContent prompt={prompt} />
    </main>
  );
}
