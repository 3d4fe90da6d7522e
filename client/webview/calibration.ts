/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The calibration report page's script, in the webview's sandbox: an action item is clicked (or
// Enter / Space on it) and `{ type: 'open', path, line }` goes to the extension, which checks it.
// Nothing else is sent, and the page keeps its scroll position across refreshes.

import { keepScrollPosition } from './scroll';

declare function acquireVsCodeApi(): {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
};

const vscode = acquireVsCodeApi();

function itemOf(target: EventTarget | null): { path: string; line: number } | undefined {
  const el = target instanceof Element ? target.closest('[data-path][data-line]') : null;
  const path = el?.getAttribute('data-path');
  const line = Number(el?.getAttribute('data-line'));
  return el && path && Number.isSafeInteger(line) && line >= 0 ? { path, line } : undefined;
}

for (const el of document.querySelectorAll('[data-path][data-line]')) {
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'button');
}

document.addEventListener('click', (e) => {
  const item = itemOf(e.target);
  if (item) vscode.postMessage({ type: 'open', ...item });
});

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' && e.key !== ' ') return;
  const item = itemOf(e.target);
  if (!item) return;
  e.preventDefault();
  vscode.postMessage({ type: 'open', ...item });
});

keepScrollPosition(vscode);

