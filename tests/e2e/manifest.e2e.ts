import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERMISSION_REASONS } from '../../utils/core/content/permissions';

const read = (dir: string) =>
  JSON.parse(readFileSync(new URL(`../../.output/${dir}/manifest.json`, import.meta.url), 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv3'])('built manifest (%s)', (dir) => {
  const m = read(dir);

  it('asks for exactly alarms, storage, unlimitedStorage, idle and notifications, and no hosts', () => {
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['alarms', 'idle', 'notifications', 'storage', 'unlimitedStorage']);
    expect(m.host_permissions ?? []).toEqual([]);
    // The welcome page explains each permission the manifest asks for, and no other.
    expect(PERMISSION_REASONS.map(([p]) => p).sort()).toEqual([...m.permissions].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
  });

  it('is named through _locales and has every icon size, present on disk', () => {
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
    expect(Object.keys(m.icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '96', '128']);
    for (const file of Object.values(m.icons) as string[]) {
      expect(existsSync(new URL(`../../.output/${dir}/${file}`, import.meta.url))).toBe(true);
    }
    const messages = JSON.parse(
      readFileSync(new URL(`../../.output/${dir}/_locales/en/messages.json`, import.meta.url), 'utf8'),
    );
    expect(messages.extName.message).toBe('Limber');
    expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('has no remote code: every script is packaged', () => {
    expect(JSON.stringify(m)).not.toMatch(/https?:\/\//);
  });
});

describe('Firefox build', () => {
  it('has a gecko id and runs its background as an event page', () => {
    const m = read('firefox-mv3');
    expect(m.browser_specific_settings.gecko.id).toBe('limber@limber.invalid');
    expect(m.background.scripts).toEqual(['background.js']);
  });
});
