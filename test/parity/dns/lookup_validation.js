// dns.lookup argument validation: family, hints, callback, options types, order.
const dns = require('dns');
const tries = [
  () => dns.lookup('localhost', 5, () => {}),
  () => dns.lookup('localhost', { family: 'IPv7' }, () => {}),
  () => dns.lookup('localhost', { hints: 99999 }, () => {}),
  () => dns.lookup('localhost', {}),
  () => dns.lookup('localhost', 'x', () => {}),
  () => dns.lookup(5, () => {}),
  () => dns.lookup('localhost', { all: 'yes' }, () => {}),
  () => dns.lookup('localhost', { order: 'random' }, () => {}),
  () => dns.lookup('local\0host', () => {}),
];
for (const t of tries) {
  try { t(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
