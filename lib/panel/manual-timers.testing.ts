/**
 * The panel's `setTimer` for tests: callbacks wait until the test runs them, so debounces and
 * answer watches happen exactly when a test says.
 */
export function manualTimers() {
  let pending: (() => void)[] = [];
  return {
    setTimer(callback: () => void): () => void {
      pending.push(callback);
      return () => {
        pending = pending.filter((t) => t !== callback);
      };
    },
    /** Runs what is due now; timers set while running wait for the next call. */
    runDue(): void {
      const due = pending;
      pending = [];
      due.forEach((run) => run());
    },
  };
}
