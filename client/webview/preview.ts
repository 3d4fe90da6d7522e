/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The preview page's script. It runs in the webview's sandbox: no inline handlers, one listener
// for the whole page, and only `{ type: 'reveal', line }` messages sent to the extension.

declare function acquireVsCodeApi(): {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
};

const vscode = acquireVsCodeApi();

function lineOf(target: EventTarget | null): number | undefined {
  const el = target instanceof Element ? target.closest('[data-line]') : null;
  const line = Number(el?.getAttribute('data-line'));
  return el && Number.isSafeInteger(line) && line >= 0 ? line : undefined;
}

// Findings are the things to click: make them reachable and announced as buttons.
for (const el of document.querySelectorAll('.finding[data-line]')) {
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
}

document.addEventListener('click', (e) => {
  if (e.target instanceof Element && e.target.closest('a[href]')) return;
  const line = lineOf(e.target);
  if (line !== undefined) vscode.postMessage({ type: 'reveal', line });
});

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  const line = lineOf(e.target);
  if (line === undefined) return;
  e.preventDefault();
  vscode.postMessage({ type: 'reveal', line });
});

// The page is replaced on every render: keep the reader where they were.
const saved = vscode.getState() as { scrollY?: number } | undefined;
if (saved && typeof saved.scrollY === 'number') window.scrollTo(0, saved.scrollY);
let pending = false;
window.addEventListener('scroll', () => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    vscode.setState({ scrollY: window.scrollY });
  });
});
