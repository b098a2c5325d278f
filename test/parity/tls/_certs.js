'use strict';
// Makes the certificates the tls and https cases use, at test time, with the system's openssl:
// a CA, server certificates for localhost/127.0.0.1/::1 (ECDSA, RSA, Ed25519), a self-signed one,
// an expired one, one for another host, a client certificate and a passphrase-protected key.
// Serial numbers and names are fixed so the printouts are deterministic; validity dates are not
// (cases print only their shape). The temporary directory is removed before returning.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const OPENSSL = '/usr/bin/openssl';

const script = `
set -e
o=${OPENSSL}
printf '[req]\\ndistinguished_name=dn\\n[dn]\\n' > req.cnf
ec='-newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes'
leaf='-addext subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1 -addext basicConstraints=CA:FALSE'
$o req -config req.cnf -x509 $ec -keyout ca.key -subj "/C=US/O=gnode tests/CN=gnode Test CA" -days 3650 \\
  -set_serial 1 -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign -out ca.pem 2>/dev/null
signed() { # name subject serial keyopts extensions...
  n=$1 subj=$2 serial=$3 keyopts=$4; shift 4
  $o req -config req.cnf -x509 $keyopts -keyout "$n.key" -subj "$subj" -CA ca.pem -CAkey ca.key \\
    -set_serial "$serial" -days 3650 "$@" -out "$n.pem" 2>/dev/null
}
signed server "/C=US/ST=CA/L=SF/O=gnode tests/OU=tls/CN=localhost" 4097 "$ec" $leaf
signed ed "/O=gnode tests/CN=localhost" 4099 "-newkey ed25519 -nodes" $leaf
signed other "/O=gnode tests/CN=example.com" 4100 "$ec" -addext "subjectAltName=DNS:example.com,DNS:*.example.org"
signed client "/O=gnode tests/CN=test client" 4101 "$ec" -addext basicConstraints=CA:FALSE -addext extendedKeyUsage=clientAuth
if [ -n "$WITH_RSA" ]; then
  signed rsa "/O=gnode tests/CN=localhost" 4098 "-newkey rsa:2048 -nodes" $leaf
fi
$o req -config req.cnf -x509 $ec -keyout self.key -subj "/O=gnode tests/CN=localhost" -days 3650 -set_serial 4102 \\
  -addext subjectAltName=DNS:localhost,IP:127.0.0.1 -out self.pem 2>/dev/null
$o req -config req.cnf -new $ec -keyout expired.key -subj "/O=gnode tests/CN=localhost" -out expired.csr 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\\n' > san.cnf
printf '[ca]\\ndefault_ca=d\\n[d]\\ndatabase=index.txt\\nnew_certs_dir=.\\nserial=serial\\ndefault_md=sha256\\npolicy=p\\nunique_subject=no\\n[p]\\ncommonName=supplied\\norganizationName=optional\\n' > ca.conf
: > index.txt; echo 1005 > serial
$o ca -batch -config ca.conf -cert ca.pem -keyfile ca.key -in expired.csr -out expired.pem -notext \\
  -startdate 20200101000000Z -enddate 20210101000000Z -extfile san.cnf 2>/dev/null
$o pkey -in server.key -aes256 -passout pass:sesame -out enc.key
`;

// An RSA key takes a while to generate on a loaded machine: only cases that load the module as
// require('./_certs.js').withRSA() get one.
function make(withRSA) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tlscerts-'));
  try {
    execFileSync('/bin/sh', ['-c', script], {
      cwd: dir, stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, WITH_RSA: withRSA ? '1' : '' },
    });
    const read = (f) => fs.readFileSync(path.join(dir, f), 'latin1');
    const out = {};
    for (const n of ['ca', 'server', 'ed', 'other', 'client', 'self', 'expired', ...(withRSA ? ['rsa'] : [])]) {
      out[n] = { key: read(n + '.key'), cert: read(n + '.pem') };
    }
    out.encKey = read('enc.key');
    out.ca = out.ca.cert;
    out.caKey = read('ca.key');
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let cached;
module.exports = {
  get certs() { return cached ??= make(false); },
  withRSA() { return make(true); },
};
