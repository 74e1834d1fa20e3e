import { useState } from 'react';
import { text } from '../text';

/** Copies a link; says "Copied" for a moment so the leader knows it worked. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2_000);
    } catch {
      // Without clipboard access (plain http on a LAN address) the link is still selectable.
      window.prompt(label, value);
    }
  };
  return (
    <button className="button" type="button" onClick={copy} aria-label={`${text.common.copy}: ${label}`}>
      <span aria-live="polite">{copied ? text.common.copied : text.common.copy}</span>
    </button>
  );
}
