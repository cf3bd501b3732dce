import { Field, MinutesInput, Toggle } from './fields';
import type { SetField } from './fields';
import { t } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n';
import type { FormErrors, SettingsForm } from '../../utils/core/settings/form';

type Kind = 'breathing' | 'water';
const FIELDS: Record<
  Kind,
  { on: 'breathingOn' | 'waterOn'; min: 'breathingMin' | 'waterMin'; label: MessageKey; hint: MessageKey }
> = {
  breathing: { on: 'breathingOn', min: 'breathingMin', label: 'optBreathing', hint: 'optBreathingHint' },
  water: { on: 'waterOn', min: 'waterMin', label: 'optWater', hint: 'optWaterHint' },
};

/**
 * The breaks from the seed articles, off by default, each with one line on how strong its evidence
 * is (docs/clinical-basis.md, "Breathing break" and "Water reminder"), and its interval.
 */
export function OptionalBreaks({ form, errors, set }: { form: SettingsForm; errors: FormErrors; set: SetField }) {
  return (
    <>
      {(['breathing', 'water'] as const).map((kind) => {
        const f = FIELDS[kind];
        return (
          <fieldset key={kind} class="stack">
            <legend>
              <Toggle
                id={f.on}
                label={t(f.label)}
                checked={form[f.on]}
                describedBy={`${kind}-evidence`}
                onChange={(v) => set(f.on, v)}
              />
            </legend>
            <p id={`${kind}-evidence`} class="muted">
              {t(f.hint)}
            </p>
            <Field id={f.min} label={t('optEvery')} errors={errors}>
              <MinutesInput
                id={f.min}
                value={form[f.min]}
                errors={errors}
                disabled={!form[f.on]}
                onInput={(v) => set(f.min, v)}
              />
            </Field>
          </fieldset>
        );
      })}
    </>
  );
}
