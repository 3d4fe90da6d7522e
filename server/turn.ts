// One turn of the event loop, so that edits queued meanwhile go first: setImmediate on Node; in a
// browser worker (vscode.dev, github.dev), which has none, a message the worker sends itself.
// Not setTimeout(0) there: a browser holds a timer set from within a timer's callback, five deep or
// more, for at least 4 ms, so a loop yielding once per file (review/kinds) would sleep that long
// for each file instead of letting the edits queued meanwhile go first and carrying on.

type Resume = () => void;

/** The messages to itself: one per turn asked for, each resuming the oldest waiter. */
let channel: { post(): void; waiting: Resume[] } | undefined;

function viaMessage(resume: Resume): void {
  if (!channel) {
    const { port1, port2 } = new MessageChannel();
    const waiting: Resume[] = [];
    port1.onmessage = () => waiting.shift()?.();
    // On Node (only where setImmediate is hidden, as in a test) a listening port would keep the process alive.
    (port1 as { unref?: () => void }).unref?.();
    channel = { post: () => port2.postMessage(0), waiting };
  }
  channel.waiting.push(resume);
  channel.post();
}

export const nextTurn = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : viaMessage(resolve)));
