import { render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useAutoClose } from '../../components/prompt/use-auto-close';

function Harness({ done, mayClose }: { done: boolean; mayClose?: () => Promise<boolean> }) {
  useAutoClose(done, mayClose);
  return null;
}

describe('useAutoClose', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('closes the window a moment after everything is answered', async () => {
    vi.useFakeTimers();
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<Harness done />);
    await vi.advanceTimersByTimeAsync(1600);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('stays open when a new prompt was stored meanwhile (the background left it to this window)', async () => {
    vi.useFakeTimers();
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<Harness done mayClose={async () => false} />);
    await vi.advanceTimersByTimeAsync(1600);
    expect(close).not.toHaveBeenCalled();
  });
});
