/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The preview page's script. It runs in the webview's sandbox: no inline handlers, one listener
// for the whole page, and only `{ type: 'reveal', line }` messages sent to the extension.

import { keepScrollPosition } from './scroll';

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

keepScrollPosition(vscode);
