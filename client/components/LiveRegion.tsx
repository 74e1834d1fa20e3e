// One polite live region per page: phase changes and notices are read out without moving focus.
import { useEffect, useState } from 'react';

type Listener = (message: string) => void;
const listeners = new Set<Listener>();

export function announce(message: string): void {
  for (const listener of listeners) listener(message);
}

export function LiveRegion() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    const listener: Listener = (next) => {
      // Clearing first makes a repeated message ("New flag") be read again.
      setMessage('');
      setTimeout(() => setMessage(next), 50);
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
