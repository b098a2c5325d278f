'use strict';
// Makes the certificates the tls and https cases use, at test time, with the system's openssl:
// a CA, server certificates for localhost/127.0.0.1/::1 (ECDSA, RSA, Ed25519), a self-signed one,
// an expired one, one for another host, a client certificate and a passphrase-protected key.
// Each is made on first use (a case pays only for what it reads: openssl is slow on a loaded
// machine). Serial numbers and names are fixed so the printouts are deterministic; validity
// dates are not (cases print only their shape). Temporary directories are removed at once.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const OPENSSL = '/usr/bin/openssl';
const EC = '-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes';
const LEAF = '-addext subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1 -addext basicConstraints=CA:FALSE';

// run executes a shell script in a fresh directory holding the given files and returns the
// files it names afterwards.
function run(script, files, outputs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlscerts-'));
  try {
    fs.writeFileSync(path.join(dir, 'req.cnf'), '[req]\ndistinguished_name=dn\n[dn]\n');
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    execFileSync('/bin/sh', ['-c', `set -e\no=${OPENSSL}\n${script}`], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
    const out = {};
    for (const f of outputs) out[f] = fs.readFileSync(path.join(dir, f), 'latin1');
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let ca;
function getCA() {
  ca ??= run(`$o req -config req.cnf -x509 ${EC} -keyout ca.key -subj "/C=US/O=gnode tests/CN=gnode Test CA" -days 3650 \\
  -set_serial 1 -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -out ca.pem 2>/dev/null`,
  {}, ['ca.key', 'ca.pem']);
  return ca;
}

function signed(subject, serial, keyopts, exts) {
  const c = getCA();
  const r = run(`$o req -config req.cnf -x509 ${keyopts} -keyout n.key -subj "${subject}" -CA ca.pem -CAkey ca.key \\
  -set_serial ${serial} -days 3650 ${exts} -out n.pem 2>/dev/null`, c, ['n.key', 'n.pem']);
  return { key: r['n.key'], cert: r['n.pem'] };
}

const makers = {
  ca: () => getCA()['ca.pem'],
  caKey: () => getCA()['ca.key'],
  server: () => signed('/C=US/ST=CA/L=SF/O=gnode tests/OU=tls/CN=localhost', 4097, EC, LEAF),
  rsa: () => signed('/O=gnode tests/CN=localhost', 4098, '-newkey rsa:2048 -nodes', LEAF),
  ed: () => signed('/O=gnode tests/CN=localhost', 4099, '-newkey ed25519 -nodes', LEAF),
  other: () => signed('/O=gnode tests/CN=example.com', 4100, EC, '-addext "subjectAltName=DNS:example.com,DNS:*.example.org"'),
  client: () => signed('/O=gnode tests/CN=test client', 4101, EC, '-addext basicConstraints=CA:FALSE -addext extendedKeyUsage=clientAuth'),
  self: () => {
    const r = run(`$o req -config req.cnf -x509 ${EC} -keyout n.key -subj "/O=gnode tests/CN=localhost" -days 3650 -set_serial 4102 \\
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -out n.pem 2>/dev/null`, {}, ['n.key', 'n.pem']);
    return { key: r['n.key'], cert: r['n.pem'] };
  },
  expired: () => {
    const conf = '[ca]\ndefault_ca=d\n[d]\ndatabase=index.txt\nnew_certs_dir=.\nserial=serial\ndefault_md=sha256\n' +
      'policy=p\nunique_subject=no\n[p]\ncommonName=supplied\norganizationName=optional\n';
    const r = run(`$o req -config req.cnf -new ${EC} -keyout n.key -subj "/O=gnode tests/CN=localhost" -out n.csr 2>/dev/null
$o ca -batch -config ca.conf -cert ca.pem -keyfile ca.key -in n.csr -out n.pem -notext \\
  -startdate 20200101000000Z -enddate 20210101000000Z -extfile san.cnf 2>/dev/null`,
    { ...getCA(), 'ca.conf': conf, 'index.txt': '', serial: '1005\n', 'san.cnf': 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n' },
    ['n.key', 'n.pem']);
    return { key: r['n.key'], cert: r['n.pem'] };
  },
  // a leaf signed by an intermediate CA (itself signed by ca): { key, cert, inter }
  chained: () => {
    const r = run(`$o req -config req.cnf -x509 ${EC} -keyout i.key -subj "/O=gnode tests/CN=gnode Test Intermediate" -CA ca.pem -CAkey ca.key \\
  -set_serial 4103 -days 3650 -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -out i.pem 2>/dev/null
$o req -config req.cnf -x509 ${EC} -keyout n.key -subj "/O=gnode tests/CN=localhost" -CA i.pem -CAkey i.key \\
  -set_serial 4104 -days 3650 ${LEAF} -out n.pem 2>/dev/null`, getCA(), ['n.key', 'n.pem', 'i.pem']);
    return { key: r['n.key'], cert: r['n.pem'], inter: r['i.pem'] };
  },
  encKey: () => run('$o pkey -in k.pem -aes256 -passout pass:sesame -out enc.key', { 'k.pem': certs.server.key }, ['enc.key'])['enc.key'],
};

const certs = {};
for (const [name, make] of Object.entries(makers)) {
  let value;
  Object.defineProperty(certs, name, { enumerable: true, get() { return value ??= make(); } });
}

module.exports = {
  certs,
  // kept for the cases written against the older interface: everything, RSA included
  withRSA() { return certs; },
};
