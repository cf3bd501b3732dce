import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX, RefObject } from 'preact';
import { t } from '../../utils/i18n';
import { formatNumber, locale } from '../../utils/format';
import { readStorageUse } from '../../utils/storage/usage';
import { storageReport } from '../../utils/core/data/storage-budget';
import type { StorageReport, StorageSentence, StorageValue } from '../../utils/core/data/storage-budget';
import './storage-use.css';

const MB = 1024 * 1024;

/** "850 kB", "3.2 MB", "1.4 GB" in the user's locale (binary units, as Chrome's 10 MB limit is). */
export function formatBytes(bytes: number): string {
  const [value, unit] =
    bytes >= 1024 * MB
      ? [bytes / 1024 / MB, 'gigabyte']
      : bytes >= MB
        ? [bytes / MB, 'megabyte']
        : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(locale(), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

function formatValue(v: StorageValue): string {
  if ('bytes' in v) return formatBytes(v.bytes);
  if ('share' in v)
    return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(v.share);
  if ('count' in v) return formatNumber(v.count, 0);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${v.date}T00:00:00Z`),
  );
}

const say = (s: StorageSentence): string => t(s.key, s.values.map(formatValue));

/**
 * True once `ref`'s element comes near the screen (at once where IntersectionObserver is missing).
 * Listing the stored keys takes about 40 ms of the browser's storage backend with twenty heavy years
 * (Chromium 156), and every other storage call of Limber's waits behind it: most visits to the
 * settings page never reach the data group, and pay nothing.
 */
function useNearScreen(ref: RefObject<HTMLElement>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver !== 'function') {
      setNear(true);
      return;
    }
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setNear(true);
        io.disconnect();
      }
    });
    io.observe(el);
    return () => io.disconnect();
  }, [ref]);
  return near;
}

/**
 * How much Limber stores on this computer, and a plain warning with what to do when a limit is near.
 * Read once when the group is first in view; the parent remounts it after an import or a deletion.
 */
export function StorageUse(): JSX.Element {
  const section = useRef<HTMLElement>(null);
  const near = useNearScreen(section);
  const [report, setReport] = useState<StorageReport | null>(null);
  useEffect(() => {
    if (!near) return;
    let live = true;
    readStorageUse().then(
      (use) => {
        if (!live) return;
        setReport(storageReport(use));
        // For the benchmark: the figure is on screen.
        requestAnimationFrame(() => performance.mark('limber-storage-shown'));
      },
      // Not knowing the figure is no reason to bother anyone: the section stays empty.
      (err: unknown) => console.warn('Limber: storage use not read', err),
    );
    return () => {
      live = false;
    };
  }, [near]);

  return (
    <section ref={section} class="stack storage-use" aria-labelledby="storage-use-title">
      <h3 id="storage-use-title">{t('optStorageTitle')}</h3>
      <p>{report ? report.sentences.map(say).join(' ') : ''}</p>
      {report?.warning && (
        <p class="notice" role="status">
          {say(report.warning)}
        </p>
      )}
    </section>
  );
}
