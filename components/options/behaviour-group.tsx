import { described, Field, Group, MinutesInput, Toggle } from './fields';
import type { SetField } from './fields';
import { t } from '../../utils/i18n';
import type { FormErrors, SettingsForm } from '../../utils/core/settings/form';

/** Snooze, what time away does, and how prompts reach the user. */
export function BehaviourGroup({ form, errors, set }: { form: SettingsForm; errors: FormErrors; set: SetField }) {
  return (
    <>
      <Group id="snooze" title={t('optSnoozeIdle')}>
        <div class="row">
          <Field id="snoozeMin" label={t('optSnoozeLength')} errors={errors}>
            <MinutesInput id="snoozeMin" value={form.snoozeMin} errors={errors} onInput={(v) => set('snoozeMin', v)} />
          </Field>
          <Field id="snoozeLimit" label={t('optSnoozeLimit')} errors={errors}>
            <input
              type="number"
              inputMode="numeric"
              min={0}
              max={10}
              step={1}
              value={form.snoozeLimit}
              {...described('snoozeLimit', errors)}
              onInput={(e) => set('snoozeLimit', (e.target as HTMLInputElement).value)}
            />
          </Field>
        </div>
        <fieldset class="stack">
          <legend>{t('optIdle')}</legend>
          {(['natural', 'pause', 'ignore'] as const).map((mode) => (
            <label key={mode} class="choice">
              <input
                type="radio"
                name="idleMode"
                value={mode}
                checked={form.idleMode === mode}
                onChange={() => set('idleMode', mode)}
              />
              {t(mode === 'natural' ? 'optIdleNatural' : mode === 'pause' ? 'optIdlePause' : 'optIdleIgnore')}
            </label>
          ))}
          <Field id="naturalMin" label={t('optNaturalMin')} errors={errors}>
            <MinutesInput
              id="naturalMin"
              value={form.naturalMin}
              errors={errors}
              disabled={form.idleMode !== 'natural'}
              onInput={(v) => set('naturalMin', v)}
            />
          </Field>
        </fieldset>
      </Group>

      <Group id="delivery" title={t('optDelivery')} intro={t('optDeliveryIntro')}>
        <fieldset class="stack">
          <legend class="visually-hidden">{t('optDelivery')}</legend>
          {(['window', 'popup', 'notification'] as const).map((mode) => (
            <label key={mode} class="choice">
              <input
                type="radio"
                name="delivery"
                value={mode}
                checked={form.delivery === mode}
                onChange={() => set('delivery', mode)}
              />
              {t(
                mode === 'window'
                  ? 'optDeliveryWindow'
                  : mode === 'popup'
                    ? 'optDeliveryPopup'
                    : 'optDeliveryNotification',
              )}
            </label>
          ))}
        </fieldset>
        <Toggle id="sound" label={t('optSound')} checked={form.sound} onChange={(v) => set('sound', v)} />
      </Group>
    </>
  );
}
