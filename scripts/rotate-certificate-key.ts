// `npm run rotate-certificate-key`: a new key signs attendance certificates from now on; the old
// public keys stay listed on /verify (current: false), so certificates already given out still
// verify. Reads DATA_DIR / CERTIFICATE_KEY_DIR as the server does; running servers sharing the
// folder pick the new key up at their next certificate, without a restart.
import { rotateCertificateKey } from '../server/certificates/keys';
import { readConfig } from '../server/config';

const config = readConfig(process.env);
const folder = config.certificateKeyDir ?? config.dataDir;
const id = rotateCertificateKey(folder);
process.stdout.write(`New certificate key ${id} in ${folder}; the old public keys stay listed on /verify.\n`);
