// The shape of path.win32 and path.posix: properties, cross links, path/win32 and path/posix
// modules, separators and delimiters, what require('path') is on this OS.
'use strict';
const path = require('path');
const { win32, posix } = path;
console.log(Object.keys(win32).join(','));
console.log(Object.keys(posix).join(','));
console.log(win32.sep, win32.delimiter, posix.sep, posix.delimiter);
console.log(win32.win32 === win32, win32.posix === posix, posix.win32 === win32, posix.posix === posix);
console.log(require('path/win32') === win32, require('node:path/posix') === posix, path === posix);
console.log(typeof win32.matchesGlob, typeof posix.matchesGlob, win32.resolve.length, win32.join.length,
  win32.relative.length, win32.basename.length, win32.format.name, win32.format.length);
