// Installs the service worker (built by vite-plugin-pwa, see vite.config.ts) once the page has
// loaded: the first paint of the phone's join page never waits for it, and after this first visit
// the app opens without a network. Kept to a few lines: it ships in the join page's budget.
//
// A new version's worker takes over by itself (skipWaiting) without reloading anyone mid-meeting; a
// page left open across an update that then misses a lazy chunk lands on ChunkErrorBoundary's Reload.
export function installServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  // The worker then fetches the whole shell (every surface, every language): on the room's weak
  // Wi-Fi that waits until the phone has its first view, not competes with it.
  const later = () => setTimeout(register, SETTLE_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

const SETTLE_MS = 4_000;
