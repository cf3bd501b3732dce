// The prompt window's first script: a waiting pain prompt's scale works from here
// (components/prompt/quick-prompt.ts); the rest of the page (Preact) loads after and takes it over.
import { startQuickPrompt } from '../../components/prompt/quick-prompt';
import { afterPaint } from '../../utils/after-paint';
import '../../assets/styles/theme.css';
import '../../components/rating/rating-scale.css';
import '../../components/prompt/prompt.css';

// As in the popup (entrypoints/popup/main.ts): the rest loads after the scale is drawn, and after an
// answer given by then has its reply, as loading it takes the main thread; 2 s at most.
const LATER_MS = 100;
const REPLY_WAIT_MS = 2000;
const root = document.getElementById('app')!;
void startQuickPrompt(root).then((quick) => {
  const rest = (): Promise<void> => import('./mount').then((m) => m.mount(root, quick));
  // Nothing drawn (another kind of prompt, or none): nothing works before the rest, so at once.
  if (!quick.drawn) return void rest();
  const answeredOrLate = (): Promise<void> =>
    Promise.race([quick.answered(), new Promise<void>((r) => setTimeout(r, REPLY_WAIT_MS))]);
  afterPaint(() => void answeredOrLate().then(rest), LATER_MS);
});
