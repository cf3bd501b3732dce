// The popup's first script: the one-click rating works from here (components/rating/quick-scale.ts);
// the rest of the popup (Preact) loads after and takes the page over.
import { startQuickScale } from '../../components/rating/quick-scale';
import { afterPaint } from '../../utils/after-paint';
import '../../assets/styles/theme.css';
import '../../components/rating/rating-scale.css';
import './style.css';

const root = document.getElementById('app')!;
const quick = startQuickScale(root);
// The rest of the popup (about 40 kB) loads after the scale is drawn, and only after a rating clicked
// or typed by then is stored: loading it takes the page's main thread for tens of milliseconds, and
// a click stored meanwhile waited for it (9× the floor page's time; 3× without). LATER_MS is below
// the quickest human reaction to the popup appearing, so the rest is on screen before most clicks.
// A store that does not finish (a day's lock never released) holds the rest back for 2 s at most.
const LATER_MS = 100;
const STORE_WAIT_MS = 2000;
const storedOrLate = (): Promise<void> =>
  Promise.race([quick.stored(), new Promise<void>((r) => setTimeout(r, STORE_WAIT_MS))]);
afterPaint(() => void storedOrLate().then(() => import('./mount').then((m) => m.mount(root, quick))), LATER_MS);
