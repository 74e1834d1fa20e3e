// Installs the service worker (built by vite-plugin-pwa, see vite.config.ts) once the page has
// loaded: the first paint of the phone's join page never waits for it, and after this first visit
// the app opens without a network. Kept to a few lines: it ships in the join page's budget.
//
// A new version's worker takes over by itself (skipWaiting) without reloading anyone mid-meeting; a
// page left open across an update that then misses a lazy chunk lands on ChunkErrorBoundary's Reload.
export function installServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A server restarting (or the Wi-Fi dropping) fails the fetch of the worker's script, or of the
  // shell the new worker then stores, and that worker is dropped. Given up, the device would have no
  // offline copy until its next page load, which mid-meeting may not come: try again, less often.
  const register = (attempt: number): void => {
    const retry = () => void (attempt < ATTEMPTS && setTimeout(register, SETTLE_MS << (attempt - 1), attempt + 1));
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(({ installing }) => {
      installing?.addEventListener('statechange', () => installing.state === 'redundant' && retry());
    }, retry);
  };
  // The worker then fetches the whole shell (every surface, every language): on the room's weak
  // Wi-Fi that waits until the phone has its first view, not competes with it.
  const later = () => setTimeout(register, SETTLE_MS, 1);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

const SETTLE_MS = 4_000;
/** Retries 4, 8, 16 and 32 s after each failure: a restarted server is back within seconds. */
const ATTEMPTS = 5;
