/// <reference lib="dom" />
// A webview page is replaced on every render: keep the reader where they were, in the state
// VS Code keeps for the page.

export interface WebviewState {
  getState(): unknown;
  setState(state: unknown): void;
}

export function keepScrollPosition(vscode: WebviewState): void {
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
}
