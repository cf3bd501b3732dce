import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Group } from './fields';
import { t } from '../../utils/i18n';

interface Command {
  name: string;
  description: string;
  shortcut: string;
}

type Updatable = { update?: (d: { name: string; shortcut: string }) => Promise<void> };

/**
 * Keyboard shortcuts as the browser sets them. Firefox lets an extension change them
 * (commands.update); Chrome keeps that in its own shortcuts page, which this opens.
 */
export function ShortcutsGroup() {
  const [commands, setCommands] = useState<Command[]>([]);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Record<string, string>>({});
  const canUpdate = typeof (browser.commands as Updatable).update === 'function';
  const load = (): void =>
    void browser.commands
      .getAll()
      .then((list) =>
        setCommands(
          list
            .filter((c) => c.name && !c.name.startsWith('_'))
            .map((c) => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' })),
        ),
      );
  useEffect(load, []);

  const save = async (name: string): Promise<void> => {
    try {
      await (browser.commands as Updatable).update!({ name, shortcut: drafts[name] ?? '' });
      setStatus((s) => ({ ...s, [name]: t('optShortcutSaved') }));
      load();
    } catch (err) {
      // The browser's own text ("Type error for parameter detail …") says nothing to a user: it
      // goes to the console, and the page says what a shortcut it accepts looks like.
      console.warn('Limber: shortcut refused:', err);
      setStatus((s) => ({ ...s, [name]: t('optShortcutRefused') }));
    }
  };

  return (
    <Group id="shortcuts" title={t('optShortcuts')} intro={t('optShortcutsIntro')}>
      <table class="data-table">
        <caption class="visually-hidden">{t('optShortcuts')}</caption>
        <tbody>
          {commands.map((c) => (
            <tr key={c.name}>
              <th scope="row">{c.description}</th>
              <td>
                {canUpdate ? (
                  <span class="row">
                    <input
                      type="text"
                      aria-label={t('optShortcutFor', c.description)}
                      value={drafts[c.name] ?? c.shortcut}
                      onInput={(e) => setDrafts((d) => ({ ...d, [c.name]: (e.target as HTMLInputElement).value }))}
                    />
                    <button type="button" class="btn btn-small" onClick={() => void save(c.name)}>
                      {t('optShortcutSave')}
                    </button>
                    <span role="status" class="muted">
                      {status[c.name] ?? ''}
                    </span>
                  </span>
                ) : (
                  <kbd>{c.shortcut || t('optShortcutNone')}</kbd>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!canUpdate && (
        <div class="row">
          <button
            type="button"
            class="btn"
            onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
          >
            {t('optShortcutsChange')}
          </button>
        </div>
      )}
    </Group>
  );
}
