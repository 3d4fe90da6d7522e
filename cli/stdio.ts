// Node opens standard output and standard error on first use, and opening one costs a one-file
// run about a millisecond (a pipe or a terminal brings Node's sockets and streams with it).
// Standard error is opened only for a message: the end of the run asks whether bytes still wait
// only of the streams that were opened.

let errorOpened = false;

/** Notes when standard error is first opened, by anyone. Called once, at start. */
export function watchStderr(): void {
  const desc = Object.getOwnPropertyDescriptor(process, 'stderr');
  const open = desc?.get;
  if (!open || !desc.configurable) {
    errorOpened = true;
    return;
  }
  Object.defineProperty(process, 'stderr', {
    ...desc,
    get() {
      errorOpened = true;
      return open.call(process);
    },
  });
}

/** Whether written bytes still wait to leave standard output or an opened standard error. */
export function bytesWaiting(): boolean {
  return process.stdout.writableLength > 0 || (errorOpened && process.stderr.writableLength > 0);
}
