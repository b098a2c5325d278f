// leading/trailing C0 and space trimmed, tabs and newlines removed anywhere
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const s of ['  http://a/b  ', '\x00\x1fhttp://a/\x01', 'ht\ttp://a\n/b\r', 'http://a/ b', '\thttp://\ta\t/\t?\tq\t#\tf\t']) console.log(JSON.stringify(new URL(s).href));
