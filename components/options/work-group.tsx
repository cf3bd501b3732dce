import { described, errorText, Group } from './fields';
import type { SetField } from './fields';
import { weekdayName } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { FormErrors, SettingsForm } from '../../utils/core/settings/form';

/** Work days, hours (several ranges a day, past midnight allowed) and the first day of the week. */
export function WorkGroup({ form, errors, set }: { form: SettingsForm; errors: FormErrors; set: SetField }) {
  const order = form.weekStart === '0' ? [0, 1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5, 6, 0];
  const setRange = (i: number, key: 'start' | 'end', value: string): void =>
    set(
      'ranges',
      form.ranges.map((r, j) => (j === i ? { ...r, [key]: value } : r)),
    );
  return (
    <Group id="work" title={t('optWork')} intro={t('optWorkIntro')}>
      <fieldset>
        <legend>{t('optWorkDays')}</legend>
        <div class="row">
          {order.map((d) => (
            <label key={d} class="choice">
              <input
                type="checkbox"
                checked={form.days.includes(d)}
                onChange={(e) =>
                  set(
                    'days',
                    (e.target as HTMLInputElement).checked ? [...form.days, d] : form.days.filter((x) => x !== d),
                  )
                }
              />
              {weekdayName(d)}
            </label>
          ))}
        </div>
        {errors.days && (
          <p class="error field-error" role="alert">
            {errorText(errors.days)}
          </p>
        )}
      </fieldset>

      <fieldset class="stack">
        <legend>{t('optWorkHours')}</legend>
        {form.ranges.map((r, i) => (
          <div key={i} class="stack" style={{ gap: 'var(--space-1)' }}>
            <div class="row">
              <label class="field">
                <span>{t('optFrom')}</span>
                <input
                  type="time"
                  value={r.start}
                  {...described(`ranges.${i}.start`, errors)}
                  aria-label={t('optRangeStart', String(i + 1))}
                  onInput={(e) => setRange(i, 'start', (e.target as HTMLInputElement).value)}
                />
              </label>
              <label class="field">
                <span>{t('optTo')}</span>
                <input
                  type="time"
                  value={r.end}
                  {...described(`ranges.${i}.end`, errors)}
                  aria-label={t('optRangeEnd', String(i + 1))}
                  onInput={(e) => setRange(i, 'end', (e.target as HTMLInputElement).value)}
                />
              </label>
              {form.ranges.length > 1 && (
                <button
                  type="button"
                  class="btn btn-small"
                  aria-label={t('optRemoveRangeN', String(i + 1))}
                  onClick={() =>
                    set(
                      'ranges',
                      form.ranges.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('optRemove')}
                </button>
              )}
            </div>
            {(['start', 'end'] as const).map((k) =>
              errors[`ranges.${i}.${k}`] ? (
                <span key={k} id={`ranges.${i}.${k}-error`} class="error field-error" role="alert">
                  {errorText(errors[`ranges.${i}.${k}`])}
                </span>
              ) : null,
            )}
          </div>
        ))}
        {errors.ranges && (
          <p class="error field-error" role="alert">
            {errorText(errors.ranges)}
          </p>
        )}
        <div class="row">
          {form.ranges.length < 6 && (
            <button
              type="button"
              class="btn btn-small"
              onClick={() => set('ranges', [...form.ranges, { start: '13:00', end: '17:00' }])}
            >
              {t('optAddRange')}
            </button>
          )}
        </div>
        <p class="muted">{t('optWorkHoursHint')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('optWeekStart')}</legend>
        <div class="row">
          {(['1', '0'] as const).map((v) => (
            <label key={v} class="choice">
              <input
                type="radio"
                name="weekStart"
                value={v}
                checked={form.weekStart === v}
                onChange={() => set('weekStart', v)}
              />
              {weekdayName(Number(v))}
            </label>
          ))}
        </div>
      </fieldset>
    </Group>
  );
}
