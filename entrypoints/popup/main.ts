// The popup's first script: the one-click rating works from here (components/rating/quick-scale.ts);
// the rest of the popup (Preact) loads after and takes the page over.
import { startQuickScale } from '../../components/rating/quick-scale';
import '../../assets/styles/theme.css';
import '../../components/rating/rating-scale.css';
import './style.css';

const root = document.getElementById('app')!;
const quick = startQuickScale(root);
// The rest of the popup (about 40 kB) loads after the scale is drawn, and only after a rating clicked
// or typed by then is stored: loading it takes the page's main thread for tens of milliseconds, and
// a click stored meanwhile waited for it (9× the floor page's time; 3× without). LATER_MS is below
// the quickest human reaction to the popup appearing, so the rest is on screen before most clicks.
const LATER_MS = 100;
requestAnimationFrame(() =>
  setTimeout(() => void quick.stored().then(() => import('./mount').then((m) => m.mount(root, quick))), LATER_MS),
);
