// dns.resolve argument validation.
const dns = require('dns');
for (const t of [() => dns.resolve4(5, () => {}), () => dns.resolve4('x'), () => dns.resolve('x', 5, () => {}),
  () => dns.resolve('x', 'BOGUS', () => {}), () => dns.reverse('x')]) {
  try { t(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
