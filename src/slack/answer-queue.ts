/**
 * Answers are computed one at a time, each in its own turn of the event loop, after the ack: between
 * two answers Node reads the requests that arrived meanwhile and acknowledges them, so a burst of
 * commands is acked within Slack's 3 seconds however long the answers take together.
 */
export type AnswerQueue = <T>(work: () => Promise<T>) => Promise<T>;

export function createAnswerQueue(): AnswerQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const run = tail.then(() => new Promise((resolve) => setImmediate(resolve))).then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}
