/**
 * The nine regions of the Nordic Musculoskeletal Questionnaire, in its order (docs/clinical-basis.md,
 * "Body regions").
 */
export const REGIONS = [
  'neck',
  'shoulders',
  'upperBack',
  'elbows',
  'lowerBack',
  'wrists',
  'hips',
  'knees',
  'ankles',
] as const;

export type Region = (typeof REGIONS)[number];

/**
 * The rating prompt shows these unless the user picks others (docs/clinical-basis.md,
 * "Body regions": the first five).
 */
export const DEFAULT_SHOWN_REGIONS: Region[] = ['neck', 'shoulders', 'upperBack', 'elbows', 'lowerBack'];
