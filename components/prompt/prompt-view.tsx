import type { JSX } from 'preact';
import { PromptContent } from './prompt-content';
import { usePrompt } from './use-prompt';

/**
 * The waiting prompt inside the toolbar popup, which imports this module only when a prompt waits
 * (its first script stays small). A section of that page, not a second main landmark.
 */
export function PromptView(): JSX.Element {
  const prompt = usePrompt();
  return (
    <div class="prompt">
      <PromptContent prompt={prompt} />
    </div>
  );
}
