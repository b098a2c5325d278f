// require('punycode') emits DEP0040
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const punycode = require('punycode');
const again = require('punycode');
console.log(punycode === again, typeof punycode.encode);
