/** One turn of the event loop, so that edits queued meanwhile go first (setImmediate on Node; a worker has only timers). */
export const nextTurn = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
