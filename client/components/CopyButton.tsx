import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Copies a link; says "Copied" for a moment so the leader knows it worked. Without clipboard access
 * (plain http on a LAN address) the link appears as a selectable field on this screen, with a word
 * that it is private: never a browser dialog, which a mirrored projector would show to the room.
 */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const [byHand, setByHand] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2_000);
    } catch {
      setByHand(true);
    }
  };
  return (
    <>
      <button className="button" type="button" onClick={copy} aria-label={t('common.copyLabel', { label })}>
        <span aria-live="polite">{copied ? t('common.copied') : t('common.copy')}</span>
      </button>
      {byHand && (
        <span className="copy-by-hand">
          <input
            className="input"
            readOnly
            value={value}
            aria-label={label}
            autoFocus
            onFocus={(event) => event.currentTarget.select()}
          />
          <span className="hint">{t('common.copyByHand')}</span>
        </span>
      )}
    </>
  );
}
