// Whether this device has a network at all, as the browser knows it. The browser knows at once when
// a phone's Wi-Fi goes off; the socket would only notice when its heartbeat misses, 10–20 s later.
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine);
}
