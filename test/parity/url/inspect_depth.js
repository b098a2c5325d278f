// URL inside nested objects, arrays and with util.inspect options
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const util = require('util');
const u = new URL('http://a/b?c=d');
console.log(util.inspect({ x: { y: u } }, { depth: 0 }));
console.log(util.inspect({ x: { y: u } }, { depth: 1 }));
console.log(util.inspect([u], { breakLength: Infinity, compact: true }));
console.log(util.format('%s | %o', u, new URL('http://z/')).split('\n').length > 1);
class MyURL extends URL {}
console.log(new MyURL('http://sub/'));
