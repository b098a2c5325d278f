// IPv4 host parsing: decimal, octal, hex, short forms and failures
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const h of ['127.0.0.1', '0x7f.1', '0177.0.0.1', '2130706433', '127.1', '1.2.3.4.', '0x', '4294967295', '4294967296', '1.2.3.4.5', '256.0.0.1', '1.256', '09', '0x100.0', 'a.1', '1.a', '1.2.3.09']) {
  try { console.log(h, new URL('http://' + h + '/').host); } catch (e) { console.log(h, e.code); }
}
