import type { MessageKey } from '../utils/i18n';
import type { PromptKind } from '../utils/scheduler';

export const KIND_KEY: Record<PromptKind, MessageKey> = {
  pain: 'kindpain',
  peg: 'kindpeg',
  posture: 'kindposture',
  eyes: 'kindeyes',
  stretch: 'kindstretch',
};
