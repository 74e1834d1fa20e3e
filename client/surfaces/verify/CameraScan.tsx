// Scanning a certificate's QR code with this device's camera, where the browser can read QR codes
// itself (BarcodeDetector: Chrome on Android, Safari on recent iOS); elsewhere the file or the text
// serves, and a phone's own camera app opens the code's address, which checks it too.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

const detectorClass = (): DetectorClass | undefined => (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

export function canScan(): boolean {
  return detectorClass() !== undefined && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/** How often a frame is looked at: enough to feel immediate, little enough to spare the battery. */
const LOOK_EVERY_MS = 300;

export function CameraScan({ onFound }: { onFound: (text: string) => void }) {
  const { t } = useTranslation('console');
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const Detector = detectorClass();
    if (!on || !Detector) return;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let live = true;
    const detector = new Detector({ formats: ['qr_code'] });
    const look = async () => {
      if (!live || !video.current) return;
      const [code] = await detector.detect(video.current).catch(() => []);
      if (!live) return;
      if (code) {
        setOn(false);
        onFound(code.rawValue);
        return;
      }
      timer = window.setTimeout(() => void look(), LOOK_EVERY_MS);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (opened) => {
        stream = opened;
        if (!live || !video.current) return;
        video.current.srcObject = opened;
        await video.current.play();
        void look();
      })
      .catch(() => {
        if (!live) return;
        setFailed(true);
        setOn(false);
      });
    return () => {
      live = false;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [on, onFound]);

  return (
    <div className="stack-small">
      <button className="button" type="button" onClick={() => (setFailed(false), setOn(!on))}>
        {on ? t('verify.scanStop') : t('verify.scan')}
      </button>
      {on && <video ref={video} className="verify__camera" muted playsInline />}
      {failed && <p className="alert">{t('verify.scanFailed')}</p>}
    </div>
  );
}
