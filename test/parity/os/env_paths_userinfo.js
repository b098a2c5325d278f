// parity-env: TMPDIR=/var/tmp/sub/ HOME=/home/parity
// os.tmpdir() trims one trailing slash of TMPDIR; homedir() reads HOME; userInfo() with string
// and buffer encodings and bad options; setPriority/getPriority on this process round-trip.
const os = require('os');
const util = require('util');
console.log('tmpdir', os.tmpdir());
console.log('homedir', os.homedir());
const u = os.userInfo();
console.log('userInfo keys', Object.keys(u), typeof u.shell, u.homedir.length > 0);
const ub = os.userInfo({ encoding: 'buffer' });
console.log('buffer', Buffer.isBuffer(ub.username), Buffer.isBuffer(ub.homedir), ub.username.toString() === u.username);
for (const opt of [null, 5, 'buffer', { encoding: 'latin1' }, { encoding: 'nope' }]) {
  try {
    const r = os.userInfo(opt);
    console.log('userInfo', util.inspect(opt), typeof r.username);
  } catch (e) {
    console.log('userInfo', util.inspect(opt), e.name, e.code, e.message);
  }
}
const before = os.getPriority();
os.setPriority(before);
console.log('priority round trip', os.getPriority() === before);
os.setPriority(0, before);
console.log('pid 0', os.getPriority(0) === before, os.getPriority(process.pid) === before);
console.log('EOL', JSON.stringify(os.EOL), 'devNull', os.devNull);
console.log('endianness', os.endianness(), typeof os.machine(), os.type());
