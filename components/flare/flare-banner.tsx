import { t } from '../../utils/i18n';

/** Offers flare mode after high ratings, or says it is on; one click either way. */
export function FlareBanner({
  active,
  suggested,
  onChange,
}: {
  active: boolean;
  suggested: boolean;
  onChange(on: boolean): void;
}) {
  if (active) {
    return (
      <div class="banner row" style={{ justifyContent: 'space-between' }} role="status">
        <span>{t('flareOn')}</span>
        <button type="button" class="btn btn-small" onClick={() => onChange(false)}>
          {t('flareTurnOff')}
        </button>
      </div>
    );
  }
  if (!suggested) return null;
  return (
    <div class="banner stack" style={{ gap: 'var(--space-2)' }}>
      <span>{t('flareSuggest')}</span>
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={() => onChange(true)}>
          {t('flareTurnOn')}
        </button>
      </div>
    </div>
  );
}
