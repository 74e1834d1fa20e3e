// What went wrong, said at once: a screen reader reads it out as it appears. A field it speaks of
// names it by its id (Field's `alert`).
import type { ReactNode } from 'react';

export function Alert({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="alert" role="alert">
      {children}
    </p>
  );
}
