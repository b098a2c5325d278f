// parity-timeout: 30s
// getPeerCertificate(): Node's field names and order, names, SANs, serial, key facts, the
// formats of dates and fingerprints, raw DER, and the detailed chain (issuerCertificate).
const { pair } = require('./_pair.js');
const { certs: c } = require('./_certs.js');
pair({ key: c.server.key, cert: c.server.cert }, { ca: c.ca, servername: 'localhost' }, {
  server(s) { s.end('bye'); },
  client(sock, log) {
    const pc = sock.getPeerCertificate();
    console.log(Object.keys(pc).join(','));
    console.log(pc.subject, pc.issuer, Object.getPrototypeOf(pc.subject));
    console.log(pc.subjectaltname, pc.serialNumber, pc.ca, pc.bits, pc.asn1Curve, pc.nistCurve, pc.infoAccess,
      pc.ext_key_usage, pc.modulus, pc.exponent);
    console.log(Buffer.isBuffer(pc.pubkey), pc.pubkey.length, pc.pubkey[0], Buffer.isBuffer(pc.raw));
    const der = Buffer.from(c.server.cert.replace(/-----[^-]+-----|\s/g, ''), 'base64');
    console.log('raw matches PEM', pc.raw.equals(der));
    console.log(/^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(pc.valid_from), /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(pc.valid_to));
    console.log(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/.test(pc.fingerprint), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(pc.fingerprint256), /^([0-9A-F]{2}:){63}[0-9A-F]{2}$/.test(pc.fingerprint512));
    console.log('issuerCertificate' in pc);
    const d = sock.getPeerCertificate(true);
    console.log(d.issuerCertificate.subject, d.issuerCertificate.ca, d.issuerCertificate.serialNumber,
      d.issuerCertificate.issuerCertificate === d.issuerCertificate);
    sock.on('data', (x) => log.push(`data ${x}`));
  },
});
