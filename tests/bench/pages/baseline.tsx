// The benchmark's baseline: a bare Preact + webextension-polyfill page, built the same way, that
// marks the moment its one button is on screen and enabled.
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import browser from 'webextension-polyfill';

function Bare() {
  useEffect(() => {
    performance.mark('limber-rating-ready');
  }, []);
  return <button type="button">{browser.runtime.id ? 'ready' : '…'}</button>;
}
render(<Bare />, document.getElementById('app')!);
