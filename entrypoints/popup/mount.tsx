import { render } from 'preact';
import { PopupApp } from './app';
import type { QuickScale } from '../../components/rating/quick-scale';

/**
 * Renders the popup over the static markup its first script made work (see main.ts). The first
 * script's handlers stop before Preact's are attached: a click in between would reach both.
 */
export function mount(root: HTMLElement, quick: QuickScale): void {
  const { stored, keys } = quick.handOver();
  render(<PopupApp first={stored} keys={keys} />, root);
}
