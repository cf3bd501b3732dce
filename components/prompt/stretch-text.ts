/** A stretch in words: the library's from the messages, the user's own as they wrote it. */
import { formatList } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import type { Stretch } from '../../utils/core/content/stretches';

export const stretchName = (s: Stretch): string => (s.own ? s.own.name : t(s.name));
export const stretchHow = (s: Stretch): string => (s.own ? s.own.how : t(s.how));
/** "for the neck", or an own exercise's regions as the rating names them: "for: Neck and Shoulders". */
export const stretchWhere = (s: Stretch): string =>
  s.own
    ? t('stretchForRegions', formatList(s.own.regions.map((r) => t(`region${r}`))))
    : t('stretchForArea', t(`area${s.area}` as MessageKey));
