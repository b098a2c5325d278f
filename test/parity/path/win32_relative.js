// path.win32.relative: drives, case-insensitivity, common prefixes, UNC shares, roots.
'use strict';
process.chdir('/');
const show = require('./_show');
const { win32 } = require('path');
show('relative', win32.relative, [
  ['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'],
  ['c:/aaaa/bbbb', 'c:/aaaa/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'], ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'],
  ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'],
  ['C:\\baz-quux', 'C:\\baz'], ['\\\\foo\\baz-quux', '\\\\foo\\baz'], ['C:\\baz', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', 'C:\\baz'], ['c:\\a\\\u0130', 'c:\\a\\\u0130\\test.txt'], ['c:\\\u0130\\a\\\u0130', 'c:\\\u0130\\b\\\u0130\\test.txt'],
  ['c:\\\u00df\\a\\\u00df', 'c:\\\u00df\\b\\\u00df\\test.txt'], ['c:\\A', 'c:\\a\\b'], ['a', 'b'], ['', 'x'], ['x', ''],
  ['C:\\', 'C:\\'], ['C:\\', 'D:\\'], ['\\a', '\\a\\b\\c'], ['c:\\a\\b', 'C:\\A\\B\\C'],
]);
show('bad args', win32.relative, [[1, 'a'], ['a', null]]);
