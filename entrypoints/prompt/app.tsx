import type { JSX } from 'preact';
import { PromptContent } from '../../components/prompt/prompt-content';
import { usePrompt } from '../../components/prompt/use-prompt';

/**
 * The prompt window: one at a time, reused, showing whatever prompt is waiting. The page loads the
 * prompt and sends its answers (usePrompt), and is the main landmark around what it shows.
 */
export function PromptApp(): JSX.Element {
  const prompt = usePrompt();
  return (
    <main class="prompt">
      <PromptContent prompt={prompt} />
    </main>
  );
}
