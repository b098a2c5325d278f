// zlib.codes maps names to numbers and back; frozen
'use strict';
const zlib = require('zlib');
console.log(JSON.stringify(zlib.codes));
console.log(Object.isFrozen(zlib.codes), zlib.codes.Z_DATA_ERROR, zlib.codes[-3], zlib.codes['-5']);
