import { describe, expect, it } from 'vitest';
import { FULL_SHARE, LOW_ROOM_BYTES, NEAR_SHARE, storageReport } from '../../utils/core/data/storage-budget';
import type { StorageUse } from '../../utils/core/data/storage-budget';

const MB = 1024 * 1024;
const CHROME_QUOTA = 10 * MB;
const use = (patch: Partial<StorageUse>): StorageUse => ({
  bytes: 3 * MB,
  exact: true,
  quota: null,
  room: 80_000 * MB,
  days: 512,
  first: '2024-03-04',
  ...patch,
});

describe('storageReport: what the settings page says about storage, and when it warns', () => {
  it.each([
    // [case, use, level, warning key]
    ['unlimitedStorage, a roomy disk: the figure, no warning', use({}), 'ok', null],
    ['unlimitedStorage, 20 heavy years stored: still no warning', use({ bytes: 60 * MB }), 'ok', null],
    ['a fixed 10 MB quota, 79 % used', use({ quota: CHROME_QUOTA, bytes: 0.79 * CHROME_QUOTA }), 'ok', null],
    [
      'a fixed quota, exactly 80 %: nearly full',
      use({ quota: CHROME_QUOTA, bytes: NEAR_SHARE * CHROME_QUOTA }),
      'near',
      'optStorageNear',
    ],
    [
      'a fixed quota, 94 %: nearly full',
      use({ quota: CHROME_QUOTA, bytes: 0.94 * CHROME_QUOTA }),
      'near',
      'optStorageNear',
    ],
    [
      'a fixed quota, 95 %: full',
      use({ quota: CHROME_QUOTA, bytes: FULL_SHARE * CHROME_QUOTA }),
      'full',
      'optStorageFull',
    ],
    ['a fixed quota, over it', use({ quota: CHROME_QUOTA, bytes: 11 * MB }), 'full', 'optStorageFull'],
    ['a quota of 0 is no quota (nothing divided by it)', use({ quota: 0, bytes: 5 * MB }), 'ok', null],
    ['the disk nearly full', use({ room: LOW_ROOM_BYTES - 1 }), 'lowRoom', 'optStorageLowRoom'],
    ['the disk just roomy enough', use({ room: LOW_ROOM_BYTES }), 'ok', null],
    ['room unknown (the browser does not say): no warning', use({ room: null }), 'ok', null],
    [
      'a full quota outranks a full disk',
      use({ quota: CHROME_QUOTA, bytes: 10 * MB, room: 1 }),
      'full',
      'optStorageFull',
    ],
    [
      'a quota not near, a full disk: the disk',
      use({ quota: CHROME_QUOTA, bytes: MB, room: 1 }),
      'lowRoom',
      'optStorageLowRoom',
    ],
    ['bytes unknown with a quota: no share, no quota warning', use({ bytes: null, quota: CHROME_QUOTA }), 'ok', null],
  ] as const)('%s', (_case, u, level, warningKey) => {
    const r = storageReport(u);
    expect(r.level).toBe(level);
    expect(r.warning?.key ?? null).toBe(warningKey);
  });

  it('says how much, how long, and under which limit, in that order', () => {
    expect(storageReport(use({ quota: CHROME_QUOTA, bytes: 8.5 * MB })).sentences).toEqual([
      { key: 'optStorageSize', values: [{ bytes: 8.5 * MB }] },
      { key: 'optStorageDays', values: [{ count: 512 }, { date: '2024-03-04' }] },
      { key: 'optStorageShare', values: [{ share: 0.85 }, { bytes: CHROME_QUOTA }] },
    ]);
    expect(storageReport(use({})).sentences.map((s) => s.key)).toEqual([
      'optStorageSize',
      'optStorageDays',
      'optStorageNoLimit',
    ]);
  });

  it('the quota warnings name the share used and the limit; the disk warning the room left', () => {
    expect(storageReport(use({ quota: CHROME_QUOTA, bytes: 8.5 * MB })).warning).toEqual({
      key: 'optStorageNear',
      values: [{ share: 0.85 }, { bytes: CHROME_QUOTA }],
    });
    expect(storageReport(use({ room: 100 * MB })).warning).toEqual({
      key: 'optStorageLowRoom',
      values: [{ bytes: 100 * MB }],
    });
  });

  it.each([
    ['counted by the browser', use({}), 'optStorageSize'],
    ['estimated from the stored text (Firefox before 144)', use({ exact: false }), 'optStorageSizeAbout'],
  ] as const)('bytes %s', (_case, u, key) => {
    expect(storageReport(u).sentences[0]!.key).toBe(key);
  });

  it('says nothing of bytes when nothing at all is stored', () => {
    expect(storageReport(use({ bytes: 0, days: 0, first: null })).sentences.map((s) => s.key)).toEqual([
      'optStorageNoRecords',
      'optStorageNoLimit',
    ]);
  });

  it('leaves bytes out when nothing could tell them, and still says what is stored', () => {
    expect(storageReport(use({ bytes: null, quota: CHROME_QUOTA })).sentences.map((s) => s.key)).toEqual([
      'optStorageDays',
    ]);
  });

  it.each([
    ['no records yet', use({ days: 0, first: null, bytes: 285 }), 'optStorageNoRecords', []],
    ['one day', use({ days: 1, first: '2026-11-20' }), 'optStorageOneDay', [{ date: '2026-11-20' }]],
    [
      'many days',
      use({ days: 5218, first: '2006-11-20' }),
      'optStorageDays',
      [{ count: 5218 }, { date: '2006-11-20' }],
    ],
  ] as const)('history: %s', (_case, u, key, values) => {
    expect(storageReport(u).sentences[1]).toEqual({ key, values });
  });
});
