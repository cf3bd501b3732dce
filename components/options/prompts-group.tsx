import { described, errorText, Field, Group, MinutesInput, Toggle } from './fields';
import type { SetField } from './fields';
import { OptionalBreaks } from './optional-breaks';
import { weekdayName } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { FormErrors, SettingsForm } from '../../utils/core/settings/form';

/** Which prompts come, and how often. */
export function PromptsGroup({ form, errors, set }: { form: SettingsForm; errors: FormErrors; set: SetField }) {
  return (
    <Group id="prompts" title={t('optPrompts')} intro={t('optPromptsIntro')}>
      <fieldset class="stack">
        <legend>
          <Toggle
            id="postureOn"
            label={t('kindposture')}
            checked={form.postureOn}
            onChange={(v) => set('postureOn', v)}
          />
        </legend>
        <Field id="postureMin" label={t('optEvery')} errors={errors} hint={t('optPostureHint')}>
          <MinutesInput
            id="postureMin"
            hint
            value={form.postureMin}
            errors={errors}
            disabled={!form.postureOn}
            onInput={(v) => set('postureMin', v)}
          />
        </Field>
      </fieldset>

      <fieldset class="stack">
        <legend>
          <Toggle
            id="stretchOn"
            label={t('kindstretch')}
            checked={form.stretchOn}
            onChange={(v) => set('stretchOn', v)}
          />
        </legend>
        <Field id="stretchEveryMin" label={t('optEvery')} errors={errors} hint={t('optStretchHint')}>
          <MinutesInput
            id="stretchEveryMin"
            hint
            value={form.stretchEveryMin}
            errors={errors}
            disabled={!form.stretchOn}
            onInput={(v) => set('stretchEveryMin', v)}
          />
        </Field>
        <Field id="stretchLengthMin" label={t('optBreakLength')} errors={errors}>
          <MinutesInput
            id="stretchLengthMin"
            value={form.stretchLengthMin}
            errors={errors}
            disabled={!form.stretchOn}
            onInput={(v) => set('stretchLengthMin', v)}
          />
        </Field>
      </fieldset>

      <fieldset class="stack">
        <legend>
          <Toggle id="painOn" label={t('kindpain')} checked={form.painOn} onChange={(v) => set('painOn', v)} />
        </legend>
        <div class="field-row">
          <span class="label" id="painTimes-label">
            {t('optPainTimes')}
          </span>
          {/* a fieldset would need a legend and reset its own layout; role=group named by aria-labelledby reads the */}
          {/* same to assistive technology (axe-checked). */}
          {/* biome-ignore lint/a11y/useSemanticElements: see the comment above. */}
          <div class="field-control stack" role="group" aria-labelledby="painTimes-label">
            {form.painTimes.map((time, i) => (
              <div class="row" key={i}>
                <input
                  type="time"
                  value={time}
                  aria-label={t('optPainTimeN', String(i + 1))}
                  disabled={!form.painOn}
                  {...described(`painTimes.${i}`, errors)}
                  onInput={(e) =>
                    set(
                      'painTimes',
                      form.painTimes.map((x, j) => (j === i ? (e.target as HTMLInputElement).value : x)),
                    )
                  }
                />
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={!form.painOn}
                  aria-label={t('optRemoveTimeN', String(i + 1))}
                  onClick={() =>
                    set(
                      'painTimes',
                      form.painTimes.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('optRemove')}
                </button>
                {errors[`painTimes.${i}`] && (
                  <span id={`painTimes.${i}-error`} class="error field-error" role="alert">
                    {errorText(errors[`painTimes.${i}`])}
                  </span>
                )}
              </div>
            ))}
            {form.painTimes.length < 12 && (
              <div class="row">
                <button
                  type="button"
                  class="btn btn-small"
                  disabled={!form.painOn}
                  onClick={() => set('painTimes', [...form.painTimes, '12:00'])}
                >
                  {t('optAddTime')}
                </button>
              </div>
            )}
            {errors.painTimes && (
              <span class="error field-error" role="alert">
                {errorText(errors.painTimes)}
              </span>
            )}
          </div>
        </div>
        <Toggle
          id="afterBreak"
          label={t('optAfterBreak')}
          checked={form.afterBreak}
          onChange={(v) => set('afterBreak', v)}
        />
      </fieldset>

      <fieldset class="stack">
        <legend>
          <Toggle id="eyesOn" label={t('optEyes')} checked={form.eyesOn} onChange={(v) => set('eyesOn', v)} />
        </legend>
        <Field id="eyesMin" label={t('optEvery')} errors={errors} hint={t('optEyesHint')}>
          <MinutesInput
            id="eyesMin"
            hint
            value={form.eyesMin}
            errors={errors}
            disabled={!form.eyesOn}
            onInput={(v) => set('eyesMin', v)}
          />
        </Field>
      </fieldset>

      <OptionalBreaks form={form} errors={errors} set={set} />

      <fieldset class="stack">
        <legend>
          <Toggle
            id="morningOn"
            label={t('optMorning')}
            checked={form.morningOn}
            onChange={(v) => set('morningOn', v)}
          />
        </legend>
        <p class="muted">{t('optMorningHint')}</p>
      </fieldset>

      <fieldset class="stack">
        <legend>
          <Toggle id="pegOn" label={t('optPeg')} checked={form.pegOn} onChange={(v) => set('pegOn', v)} />
        </legend>
        <p class="muted">{t('optPegHint')}</p>
        <div class="row">
          <Field id="pegWeekday" label={t('optPegDay')} errors={errors}>
            <select
              id="pegWeekday"
              value={form.pegWeekday}
              disabled={!form.pegOn}
              onChange={(e) => set('pegWeekday', (e.target as HTMLSelectElement).value)}
            >
              {[1, 2, 3, 4, 5, 6, 0].map((d) => (
                <option key={d} value={String(d)}>
                  {weekdayName(d)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="pegTime" label={t('optPegTime')} errors={errors}>
            <input
              type="time"
              value={form.pegTime}
              disabled={!form.pegOn}
              {...described('pegTime', errors)}
              onInput={(e) => set('pegTime', (e.target as HTMLInputElement).value)}
            />
          </Field>
        </div>
      </fieldset>
    </Group>
  );
}
