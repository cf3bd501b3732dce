import { Group, Toggle } from './fields';
import type { SetField } from './fields';
import { t } from '../../utils/i18n';
import type { SettingsForm } from '../../utils/core/settings/form';

/**
 * When prompts wait: a browser window in fullscreen, a tab playing sound (both on by default;
 * docs/clinical-basis.md, "Holds"), and what the browser cannot see.
 */
export function HoldGroup({ form, set }: { form: SettingsForm; set: SetField }) {
  return (
    <Group id="hold" title={t('optHold')} intro={t('optHoldIntro')}>
      <fieldset class="stack">
        <legend class="visually-hidden">{t('optHold')}</legend>
        <Toggle
          id="holdFullscreen"
          label={t('optHoldFullscreen')}
          describedBy="hold-hint"
          checked={form.holdFullscreen}
          onChange={(v) => set('holdFullscreen', v)}
        />
        <Toggle
          id="holdAudible"
          label={t('optHoldAudible')}
          describedBy="hold-hint"
          checked={form.holdAudible}
          onChange={(v) => set('holdAudible', v)}
        />
      </fieldset>
      <p id="hold-hint" class="muted">
        {t('optHoldHint')}
      </p>
    </Group>
  );
}
