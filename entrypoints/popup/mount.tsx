import { render } from 'preact';
import { PopupApp } from './app';
import type { QuickScale } from '../../components/rating/quick-scale';

/** Renders the popup over the static markup its first script made work (see main.ts). */
export function mount(root: HTMLElement, quick: QuickScale): void {
  render(<PopupApp quick={quick} />, root);
}
