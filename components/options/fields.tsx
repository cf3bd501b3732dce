import { t } from '../../utils/i18n';
import type { ComponentChildren } from 'preact';
import type { FieldError, FormErrors, SettingsForm } from '../../utils/core/settings/form';

/** Changes one field of the settings form. */
export type SetField = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]) => void;

export function errorText(e: FieldError | undefined): string {
  return e ? t(e.key, e.subs) : '';
}

/** Props that tie an input to its message: invalid state and description. */
export function described(id: string, errors: FormErrors, hint?: boolean): Record<string, unknown> {
  const ids = [errors[id] ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': errors[id] ? 'true' : 'false', ...(ids ? { 'aria-describedby': ids } : {}) };
}

/** A labelled control with its hint and, when the value is wrong, the message right at it. */
export function Field(props: {
  id: string;
  label: string;
  errors: FormErrors;
  hint?: string;
  children: ComponentChildren;
}) {
  const error = props.errors[props.id];
  return (
    <div class="field-row">
      <label for={props.id}>{props.label}</label>
      <div class="field-control">
        {props.children}
        {props.hint && (
          <span id={`${props.id}-hint`} class="muted">
            {props.hint}
          </span>
        )}
        {error && (
          <span id={`${props.id}-error`} class="error field-error" role="alert">
            {errorText(error)}
          </span>
        )}
      </div>
    </div>
  );
}

export function MinutesInput(props: {
  id: string;
  value: string;
  errors: FormErrors;
  disabled?: boolean;
  hint?: boolean;
  onInput(v: string): void;
}) {
  return (
    <span class="unit-input">
      <input
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        value={props.value}
        disabled={props.disabled}
        {...described(props.id, props.errors, props.hint)}
        onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
      />
      <span aria-hidden="true">{t('unitMin')}</span>
    </span>
  );
}

export function Toggle(props: {
  id: string;
  label: string;
  checked: boolean;
  describedBy?: string;
  onChange(v: boolean): void;
}) {
  return (
    <label class="toggle" for={props.id}>
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

export function Group(props: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="card stack options-group" aria-labelledby={`${props.id}-title`} id={props.id}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.intro && <p class="muted">{props.intro}</p>}
      {props.children}
    </section>
  );
}
