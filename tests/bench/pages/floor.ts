// The floor page's whole script: no imports, no framework, no polyfill. It enables the static
// buttons and, on a click, writes one rating record to storage.local under its own key.
for (const button of document.querySelectorAll<HTMLButtonElement>('.rating-btn')) {
  button.disabled = false;
  button.addEventListener('click', () => {
    const record = { id: crypto.randomUUID(), type: 'rating', score: Number(button.textContent), at: Date.now() };
    void globalThis.chrome.storage.local.set({ 'bench:floor': record });
  });
}
