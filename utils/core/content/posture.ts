import type { MessageKey } from './message-key';

/**
 * OSHA computer-workstation checklist, one item per posture check, in rotation (docs/clinical-basis.md,
 * "Posture check").
 */
export const POSTURE_ITEMS: readonly { title: MessageKey; detail: MessageKey }[] = [
  { title: 'postureMonitorTitle', detail: 'postureMonitorDetail' },
  { title: 'postureHeadTitle', detail: 'postureHeadDetail' },
  { title: 'postureShouldersTitle', detail: 'postureShouldersDetail' },
  { title: 'postureElbowsTitle', detail: 'postureElbowsDetail' },
  { title: 'postureWristsTitle', detail: 'postureWristsDetail' },
  { title: 'postureLowerBackTitle', detail: 'postureLowerBackDetail' },
  { title: 'postureThighsTitle', detail: 'postureThighsDetail' },
  { title: 'postureFeetTitle', detail: 'postureFeetDetail' },
];
