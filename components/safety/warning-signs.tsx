import { t } from '../../utils/i18n';
import { WARNING_SIGNS } from './signs';
import './safety.css';

export interface WarningSignsProps {
  /** Prefix of the tiers' heading ids, unique on the page. */
  idPrefix: string;
  /** The tiers' heading level, one below the heading they sit under. */
  level?: 3 | 4 | 5;
}

/**
 * The warning signs in two tiers, each a heading that says what to do and a list: "Urgent: seek
 * care today, or call emergency services" and "Soon: make an appointment". Text only; the tiers
 * differ by their words, never by colour alone.
 */
export function WarningSigns({ idPrefix, level = 3 }: WarningSignsProps) {
  const Heading = level === 3 ? 'h3' : level === 4 ? 'h4' : 'h5';
  return (
    <div class="warning-signs">
      {WARNING_SIGNS.map((group) => (
        <div key={group.tier} class={`signs signs-${group.tier}`}>
          <Heading id={`${idPrefix}-${group.tier}`}>{t(group.title)}</Heading>
          <ul aria-labelledby={`${idPrefix}-${group.tier}`}>
            {group.signs.map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
