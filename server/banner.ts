// What `npm start` prints once the server listens: where to open the leader's console, and where
// the room's phones reach it. In a terminal it adds a QR code of the room's address, so the leader
// can check it with their own phone before anyone arrives.
import QRCode from 'qrcode';

/**
 * The banner for these addresses (this computer's first, then the room's network); with
 * `terminal`, the QR code of the first room address under them.
 */
export async function bannerText(urls: readonly string[], terminal: boolean): Promise<string> {
  const [local, ...room] = urls;
  let text = `\nBalint Live is running.\n  On this computer: ${local}\n`;
  text += room.map((url) => `  On the room's network: ${url}\n`).join('');
  const scanned = room[0];
  if (terminal && scanned) {
    const code = await QRCode.toString(scanned, { type: 'terminal', small: true });
    text += `\n  A phone on the room's network opens ${scanned} from this code:\n\n${code}`;
  }
  return `${text}\n`;
}
