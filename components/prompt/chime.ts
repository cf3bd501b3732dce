import { useEffect } from 'preact/hooks';

/** A soft two-note chime made with Web Audio: no sound file, nothing fetched. */
export function chime(): void {
  try {
    const ctx = new AudioContext();
    const notes = [660, 880];
    notes.forEach((freq, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = freq;
      const start = ctx.currentTime + i * 0.18;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.12, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.5);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.55);
    });
    setTimeout(() => void ctx.close(), 1500);
  } catch {
    // No audio output: the prompt is still on screen.
  }
}

/** Chimes once when a new prompt comes on screen, if the user wants sound. */
export function useChime(promptId: string | undefined, sound: boolean): void {
  // once per new prompt; switching sound on while a prompt is open must not chime.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the comment above.
  useEffect(() => {
    if (promptId && sound) chime();
  }, [promptId]);
}
