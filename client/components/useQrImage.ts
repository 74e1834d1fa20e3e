// A QR code of a link, as an image the page can show. Only the console, the display and the
// member's certificate (its own chunk, loaded at the end) import this, so the QR library never
// reaches a phone during a meeting.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The QR code of `url` as a data URL; null until it is drawn, or when there is nothing to draw. */
export function useQrImage(url: string | null): string | null {
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    if (url === null) {
      setQr(null);
      return;
    }
    let live = true;
    // Dark on white whatever the theme: scanners read that best.
    QRCode.toString(url, {
      type: 'svg',
      margin: 2,
      errorCorrectionLevel: 'M',
      color: { dark: '#000000', light: '#ffffff' },
    })
      .then((svg) => live && setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [url]);
  return qr;
}
