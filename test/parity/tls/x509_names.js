// parity-timeout: 30s
// X509Certificate's texts for awkward names, made by openssl at test time: a multi-valued RDN,
// RFC 2253 specials, control and UTF-8 characters in the subject (escaped in .subject, plain in
// toLegacyObject()), and every subjectAltName kind with Node's escaping of unsafe values
// (email, URI with a comma, IPv4/IPv6, a registered ID, a DirName, otherName XmppAddr/SRVName),
// authorityInfoAccess, and the host/email/IP checks on them.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { X509Certificate } = require('crypto');

const conf = `[req]
distinguished_name = dn
prompt = no
utf8 = yes
string_mask = utf8only
x509_extensions = ext
[dn]
C = DE
0.L = M\u00fcnchen, Bayern
1.L = back\\\\slash "quoted" <angle>;semi
O = \\#hash
OU = plus+sign
CN = evil.example.com
emailAddress = Admin@Example.com
[ext]
subjectAltName = @alt
authorityInfoAccess = @aia
extendedKeyUsage = serverAuth,clientAuth,1.2.3.4.5
basicConstraints = critical,CA:TRUE,pathlen:0
[aia]
OCSP;URI.0 = http://ocsp.example.com/
caIssuers;URI.1 = http://ca.example.com/a,b.pem
caIssuers;email.2 = ca@example.com
[alt]
DNS.1 = good.example.com
DNS.2 = *.wild.example.com
DNS.3 = f*.partial.example.com
email.1 = foo@example.com
email.2 = Bar@Example.COM
URI.1 = http://example.com/a,b
URI.2 = http://example.com/?a=b&c=d
IP.1 = 10.1.2.3
IP.2 = fe80::1:2
RID.1 = 1.3.9999.12.34
dirName.1 = dir
otherName.1 = 1.3.6.1.5.5.7.8.5;UTF8:abc,def
otherName.2 = 1.3.6.1.5.5.7.8.7;IA5:_sip.example.com
otherName.3 = 1.2.3.4;UTF8:unknown
[dir]
C = DE
L = Berlin, Mitte
CN = dir.example.com
`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x509names-'));
let pem;
try {
  fs.writeFileSync(path.join(dir, 'c.cnf'), conf);
  execFileSync('/usr/bin/openssl', ['req', '-config', 'c.cnf', '-x509', '-newkey', 'ec', '-pkeyopt',
    'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'k.pem', '-out', 'c.pem', '-days', '30', '-set_serial', '0x00ff01',
    '-multivalue-rdn', '-subj', '/C=DE/L=L1+L=L2/CN=multi\\, value+O=ctrl\x01char/OU=trailing '],
  { cwd: dir, stdio: 'pipe' });
  pem = fs.readFileSync(path.join(dir, 'c.pem'), 'latin1');
  fs.writeFileSync(path.join(dir, 'c.cnf'), conf);
  execFileSync('/usr/bin/openssl', ['req', '-config', 'c.cnf', '-x509', '-newkey', 'ec', '-pkeyopt',
    'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'k2.pem', '-out', 'c2.pem', '-days', '30', '-set_serial', '7'],
  { cwd: dir, stdio: 'pipe' });
  pem += fs.readFileSync(path.join(dir, 'c2.pem'), 'latin1');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const [first, second] = pem.split(/(?<=-----END CERTIFICATE-----\n)/);
for (const text of [first, second]) {
  const x = new X509Certificate(text);
  console.log('--', x.serialNumber);
  console.log(JSON.stringify(x.subject));
  console.log(JSON.stringify(x.issuer));
  console.log(JSON.stringify(x.subjectAltName));
  console.log(JSON.stringify(x.infoAccess));
  console.log(x.keyUsage, x.ca);
  const legacy = x.toLegacyObject();
  console.log(legacy.subject, legacy.infoAccess, legacy.ext_key_usage, legacy.subjectaltname === x.subjectAltName);
  for (const h of ['good.example.com', 'GOOD.example.com', 'a.wild.example.com', 'a.b.wild.example.com',
    'foo.partial.example.com', 'bar.partial.example.com', 'evil.example.com', 'dir.example.com']) {
    console.log(h, x.checkHost(h), x.checkHost(h, { partialWildcards: false }),
      x.checkHost(h, { multiLabelWildcards: true }), x.checkHost(h, { subject: 'always' }));
  }
  for (const e of ['foo@example.com', 'foo@EXAMPLE.com', 'FOO@example.com', 'bar@example.com', 'Bar@example.com',
    'Admin@Example.com', 'admin@example.com']) {
    console.log(e, x.checkEmail(e), x.checkEmail(e, { subject: 'always' }), x.checkEmail(e, { subject: 'never' }));
  }
  for (const ip of ['10.1.2.3', 'fe80::1:2', 'FE80:0:0:0:0:0:1:2', '10.1.2.4']) console.log(ip, x.checkIP(ip));
}
