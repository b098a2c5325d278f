// calling a class without new works and warns once (DEP0184)
'use strict';
const zlib = require('zlib');
const d = zlib.Deflate();
console.log(d instanceof zlib.Deflate, d.constructor.name);
const g = zlib.Gzip({ level: 1 });
console.log(g instanceof zlib.Gzip);
d.close();
g.close();
