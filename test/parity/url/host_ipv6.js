// IPv6 host parsing and serialization (compression, embedded IPv4)
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const h of ['[::1]', '[0:0:0:0:0:0:0:1]', '[1:0:0:2:0:0:0:3]', '[1:0::0:1]', '[::ffff:1.2.3.4]', '[::127.0.0.1]', '[FFFF::]', '[1:2:3:4:5:6:7:8]', '[1:2:3:4:5:6:7:8:9]', '[::1::]', '[1::2:3:4:5:6:7]', '[::1.2.3]', '[::1.2.3.4.5]', '[::01.2.3.4]', '[0::0]', '[::1', '[g::]']) {
  try { console.log(h, new URL('http://' + h + '/').hostname); } catch (e) { console.log(h, e.code); }
}
