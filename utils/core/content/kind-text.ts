import type { MessageKey } from './message-key';
import type { PromptKind } from '../scheduler';

/** The name of each prompt kind, as messages. */
export const KIND_TEXT: Record<PromptKind, MessageKey> = {
  pain: 'kindpain',
  peg: 'kindpeg',
  morning: 'kindmorning',
  breathing: 'kindbreathing',
  water: 'kindwater',
  posture: 'kindposture',
  eyes: 'kindeyes',
  stretch: 'kindstretch',
};
