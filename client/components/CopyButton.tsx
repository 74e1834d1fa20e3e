import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a link; says "Copied" for a moment so the leader knows it worked. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
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
    <button className="button" type="button" onClick={copy} aria-label={t('common.copyLabel', { label })}>
      <span aria-live="polite">{copied ? t('common.copied') : t('common.copy')}</span>
    </button>
  );
}
