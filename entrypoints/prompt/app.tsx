import { PromptView } from '../../components/prompt/prompt-view';

/** The prompt window: one at a time, reused; it shows whatever prompt is waiting. */
export function PromptApp() {
  return <PromptView />;
}
