// path.win32.toNamespacedPath: "\\?\" for drive paths, "\\?\UNC\" for shares, device paths kept,
// relative paths resolved first; non-strings returned as they are.
'use strict';
process.chdir('/');
const show = require('./_show');
const { win32 } = require('path');
show('toNamespacedPath', win32.toNamespacedPath, [
  ['C:\\foo'], ['C:/foo'], ['\\\\foo\\bar'], ['//foo//bar'], ['\\\\?\\foo'], ['\\\\?\\c:\\Windows/System'],
  ['\\\\?\\UNC\\someserver\\someshare\\somefile'], ['\\\\.\\pipe\\somepipe'], ['\\\\.\\CON'], ['C:'], ['C:\\'],
  ['C'], ['c:\\a\\..\\b'], ['bar'], [''], ['\\'], ['\\x'], ['//x'], ['//x/y/'],
  [null], [100], [undefined], [true],
]);
console.log(require('path').posix.toNamespacedPath('/foo/bar'), require('path').toNamespacedPath('C:\\x'));
