/**
 * A private CA and a server certificate signed by it, made with the openssl CLI for the test
 * (installed by test/harness/install-host.sh): the certificate names api.example.test,
 * localhost and 127.0.0.1, never 127.0.0.2 (for the hostname-mismatch case). `expiredPem` is a
 * certificate for the same names and key, signed by the same CA, that expired on 2 January 2020
 * (`openssl ca` with -startdate/-enddate: openssl 3.0's `x509 -req` cannot back-date).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TestCa { dir: string; caPem: string; certPem: string; keyPem: string; expiredPem: string; caFile: string; cleanup(): void }

/** A new CA, or (`existingCa`: a folder with ca.pem and ca.key, e.g. the host tier's) certificates signed by that one. */
export function makeTestCa(existingCa?: string): TestCa {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'elig-ca-'));
  const f = (n: string) => path.join(dir, n);
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  if (existingCa) {
    for (const n of ['ca.pem', 'ca.key']) fs.copyFileSync(path.join(existingCa, n), f(n));
  } else {
    ssl('req', '-x509', ...ec, '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', '2', '-subj', '/CN=Eligibility Explorer Test CA',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
  }
  ssl('req', ...ec, '-keyout', f('srv.key'), '-out', f('srv.csr'), '-subj', '/CN=api.example.test');
  fs.writeFileSync(f('ext.cnf'), 'subjectAltName=DNS:api.example.test,DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n');
  ssl('x509', '-req', '-in', f('srv.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-CAcreateserial', '-out', f('srv.pem'), '-days', '2', '-extfile', f('ext.cnf'));
  fs.writeFileSync(f('ca.cnf'), ['[ca]', 'default_ca=test', '[test]', 'database=index.txt', 'new_certs_dir=.', 'serial=serial', 'default_md=sha256',
    'policy=any', 'unique_subject=no', 'x509_extensions=ext', '[any]', 'commonName=supplied', '[ext]',
    'subjectAltName=DNS:api.example.test,DNS:localhost,IP:127.0.0.1', 'extendedKeyUsage=serverAuth', ''].join('\n'));
  fs.writeFileSync(f('index.txt'), '');
  fs.writeFileSync(f('serial'), '1000\n');
  ssl('ca', '-batch', '-config', f('ca.cnf'), '-cert', f('ca.pem'), '-keyfile', f('ca.key'), '-in', f('srv.csr'), '-out', f('expired.pem'),
    '-startdate', '20200101000000Z', '-enddate', '20200102000000Z', '-notext');
  const read = (n: string) => fs.readFileSync(f(n), 'utf8');
  return { dir, caPem: read('ca.pem'), certPem: read('srv.pem'), keyPem: read('srv.key'), expiredPem: read('expired.pem'), caFile: f('ca.pem'),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
