import type { WorkerPort, WorkerScope } from './worker-jobs';

/**
 * A worker stand-in for tests: the worker's side runs in this thread, but every message still
 * crosses a real MessageChannel, so it is structured-cloned and arrives in a later task as it
 * would from a Worker. `fail` makes the stand-in report an error as a Worker whose script failed.
 */
export function channelWorker(serve: (scope: WorkerScope) => void) {
  const channel = new MessageChannel();
  const events = new EventTarget();
  channel.port1.addEventListener('message', (event) =>
    events.dispatchEvent(new MessageEvent('message', { data: event.data })),
  );
  channel.port1.start();
  channel.port2.start();
  serve(channel.port2 as unknown as WorkerScope);
  let terminated = false;
  const port: WorkerPort & { terminated(): boolean; fail(message: string): void } = {
    postMessage: (message) => channel.port1.postMessage(message),
    addEventListener: (type: string, listener: (event: never) => void) =>
      events.addEventListener(type, listener as EventListener),
    terminate: () => {
      terminated = true;
      channel.port1.close();
      channel.port2.close();
    },
    terminated: () => terminated,
    fail: (message) => events.dispatchEvent(new ErrorEvent('error', { message })),
  };
  return port;
}
