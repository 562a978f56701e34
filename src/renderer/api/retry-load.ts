// Code can fail to arrive: in web mode the browser aborts requests when the machine's network
// changes (ERR_NETWORK_CHANGED, which creating a container's network interface is enough to
// cause), and a laptop may be between networks. Loads are tried again a few times before they count.

const ATTEMPTS = 4;

/** Calls `load` until it succeeds, at most ATTEMPTS times, waiting a little longer each time. */
export async function withRetry<T>(load: () => Promise<T>, wait = (ms: number) => sleep(ms)): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await wait(200 * attempt);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
