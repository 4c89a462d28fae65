/**
 * Throwaway certificates for the security-profile tests: a CA, a server certificate for 127.0.0.1 and
 * client certificates, made with node-forge (keys from node:crypto, which is much faster than forge's).
 */
import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';

export interface Issued {
  cert: string;
  key: string;
}

export interface Authority extends Issued {
  sign(cn: string, opts?: { server?: boolean }): Issued;
}

function keyPair(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey; pem: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  const priv = forge.pki.privateKeyFromPem(pem) as forge.pki.rsa.PrivateKey;
  return { privateKey: priv, publicKey: forge.pki.rsa.setPublicKey(priv.n, priv.e), pem };
}

function baseCert(publicKey: forge.pki.rsa.PublicKey, subject: string, issuer: string): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(8));
  cert.validity.notBefore = new Date(Date.now() - 3600_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  cert.setSubject([{ name: 'commonName', value: subject }]);
  cert.setIssuer([{ name: 'commonName', value: issuer }]);
  return cert;
}

export function authority(name: string): Authority {
  const keys = keyPair();
  const ca = baseCert(keys.publicKey, name, name);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true },
  ]);
  ca.sign(keys.privateKey, forge.md.sha256.create());
  return {
    cert: forge.pki.certificateToPem(ca),
    key: keys.pem,
    sign(cn, opts = {}) {
      const k = keyPair();
      const cert = baseCert(k.publicKey, cn, name);
      cert.setExtensions([
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: !!opts.server, clientAuth: !opts.server },
        ...(opts.server ? [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] }] : []),
      ]);
      cert.sign(keys.privateKey, forge.md.sha256.create());
      return { cert: forge.pki.certificateToPem(cert), key: k.pem };
    },
  };
}
