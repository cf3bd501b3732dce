// The bare Preact page: the floor's 11 buttons rendered by Preact, the same write, nothing else.
import { render } from 'preact';

const SCORES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function save(score: number): void {
  const record = { id: crypto.randomUUID(), type: 'rating', score, at: Date.now() };
  void globalThis.chrome.storage.local.set({ 'bench:preact': record });
}

function Scale() {
  return (
    <>
      <p id="q">How much pain do you feel now?</p>
      {/* biome-ignore lint/a11y/useSemanticElements: the same markup as Limber's scale (a group, not a fieldset). */}
      <div role="group" aria-labelledby="q">
        {SCORES.map((score) => (
          <button key={score} type="button" class="rating-btn" onClick={() => save(score)}>
            {score}
          </button>
        ))}
      </div>
    </>
  );
}

render(<Scale />, document.getElementById('app')!);
