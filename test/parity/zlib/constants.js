// zlib.constants: every name and value, frozen, null prototype, non-writable property
'use strict';
const zlib = require('zlib');
const C = zlib.constants;
console.log(Object.keys(C).length, Object.isFrozen(C), Object.getPrototypeOf(C));
for (const k of Object.keys(C)) console.log(k, C[k]);
const d = Object.getOwnPropertyDescriptor(zlib, 'constants');
console.log(d.writable, d.enumerable, d.configurable);
