// The popup's first script: the one-click rating works from here (components/rating/quick-scale.ts);
// the rest of the popup (Preact) loads after and takes the page over.
import { startQuickScale } from '../../components/rating/quick-scale';
import '../../assets/styles/theme.css';
import '../../components/rating/rating-scale.css';
import './style.css';

const root = document.getElementById('app')!;
const quick = startQuickScale(root);
// In a later task, after the scale is drawn: the rest of the popup (about 40 kB, its files requested
// all at once) neither delays the first paint nor holds up a click on the scale meanwhile.
requestAnimationFrame(() => setTimeout(() => void import('./mount').then((m) => m.mount(root, quick))));
