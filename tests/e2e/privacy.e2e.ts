import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  browserMinuteOfDay,
  fastSettings,
  launch,
  promptPage,
  seedBuckets,
  setSettings,
  storedRecords,
  waitFor,
} from './extension';
import { KNOWN_WEEK, seededHistory, TZ } from './summary-fixtures';

const manifest = JSON.parse(readFileSync(new URL('../../.output/chrome-mv3/manifest.json', import.meta.url), 'utf8'));

describe('nothing leaves the machine', () => {
  it('a session over every page and prompt makes no network request (the whole browser’s net log)', async () => {
    const netlog = join(mkdtempSync(join(tmpdir(), 'limber-net-')), 'netlog.json');
    const l = await launch({ timeZone: TZ, args: [`--log-net-log=${netlog}`, '--net-log-capture-mode=Everything'] });
    const pageRequests: string[] = [];
    const extensionId = l.id;
    l.context.on('request', (r) => pageRequests.push(r.url()));
    try {
      await seedBuckets(l, seededHistory(await l.probe.evaluate(() => new Date().toLocaleDateString('sv'))));
      // Every prompt kind, answered.
      const minute = await browserMinuteOfDay(l);
      await setSettings(
        l,
        fastSettings((s) => {
          s.pain = { enabled: true, times: [minute], afterBreak: true };
          s.posture = { enabled: true, everySec: 2 };
          s.stretch = { enabled: true, everySec: 2, lengthSec: 1 };
          s.eyes = { enabled: true, everySec: 2 };
          s.prompt = { expireSec: 600, mergeSec: 5 };
        }),
      );
      const prompt = await promptPage(l);
      await prompt.getByRole('button', { name: '5 of 10' }).click();
      await prompt.getByRole('button', { name: 'Neck' }).click();
      await prompt.getByLabel('Note (optional)').fill('<script>fetch("https://example.com")</script>');
      await prompt.getByRole('button', { name: 'Save details' }).click();
      await prompt.getByText('Details saved.').waitFor();
      for (const name of ['Fixed it', 'Done']) {
        const b = prompt.getByRole('button', { name, exact: true }).first();
        if (await b.isVisible()) await b.click();
      }
      await waitFor(
        () => storedRecords(l),
        (rs) => rs.some((r) => r.id?.endsWith(':pain')),
      );
      // The other pages, with their actions.
      for (const path of [
        'popup.html',
        `summary.html?week=${KNOWN_WEEK}`,
        `report.html?week=${KNOWN_WEEK}&weeks=4`,
        'options.html',
        'welcome.html',
      ]) {
        const page = await l.context.newPage();
        await page.goto(l.url(path));
        await page.waitForLoadState('load');
        await page.waitForTimeout(500);
        if (path.startsWith('summary')) {
          // The CSV, and the FHIR file, whose code systems are named by http:// identifiers.
          for (const name of [/Download CSV/, /Download FHIR/]) {
            const dl = page.waitForEvent('download');
            await page.getByRole('button', { name }).click();
            await dl;
          }
        }
        await page.close();
      }
    } finally {
      await l.close();
    }
    // Every request the browser made, with who started it. The browser's own housekeeping shows up
    // too (so the log demonstrably sees requests); none may come from the extension.
    const log = JSON.parse(readFileSync(netlog, 'utf8')) as {
      events: { source: { id: number }; params?: { url?: string; initiator?: string } }[];
    };
    const bySource = new Map<number, { url?: string; initiator?: string }>();
    for (const e of log.events) {
      if (!e.params) continue;
      const entry = bySource.get(e.source.id) ?? {};
      if (e.params.url) entry.url ??= e.params.url;
      if (e.params.initiator) entry.initiator ??= e.params.initiator;
      bySource.set(e.source.id, entry);
    }
    const requests = [...bySource.values()].filter((r) => r.url && /^(https?|wss?|ftp):/.test(r.url));
    const fromExtension = requests.filter(
      (r) => r.initiator?.startsWith(`chrome-extension://${extensionId}`) || r.url?.includes(extensionId),
    );
    expect(fromExtension).toEqual([]);
    console.log(`net log: ${requests.length} remote requests by the browser itself, ${fromExtension.length} by Limber`);
    expect(
      pageRequests.filter(
        (u) => !u.startsWith('chrome-extension://') && !u.startsWith('blob:') && !u.startsWith('data:'),
      ),
    ).toEqual([]);
    expect(pageRequests.length).toBeGreaterThan(10);
  });

  it('the manifest allows no remote or inline script and no eval, and asks for nothing more', () => {
    const csp: string = manifest.content_security_policy?.extension_pages ?? "script-src 'self'; object-src 'self';";
    const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc.trim().split(/\s+/)).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
    expect([...manifest.permissions].sort()).toEqual([
      'alarms',
      'idle',
      'notifications',
      'storage',
      'unlimitedStorage',
    ]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
