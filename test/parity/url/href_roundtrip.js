// href is stable under reparsing for varied inputs
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const inputs = ['http://a/b/../c', 'sc:/.//x', 'HTTP://A:80/%7e?%7e#%7e', 'file:///C|/x', 'http://[::ffff:1.2.3.4]/', 'ws://a:80', 'http://0x7f.1/', 'non-spec:/..//p', 'blob:http://x/y'];
for (const i of inputs) { const h = new URL(i).href; console.log(h, new URL(h).href === h); }
