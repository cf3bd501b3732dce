/**
 * Why prompts are held: a browser window in fullscreen, a tab playing sound, or the manual meeting
 * hold (docs/clinical-basis.md, "Holds"). No imports: pages that only read state load it cheaply.
 */
export type HoldReason = 'fullscreen' | 'audible' | 'meeting';
export const HOLD_REASONS = ['fullscreen', 'audible', 'meeting'] as const satisfies readonly HoldReason[];
