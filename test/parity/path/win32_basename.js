// path.win32.basename with and without a suffix; drive prefixes and both separators.
'use strict';
const show = require('./_show');
const { win32 } = require('path');
show('basename', win32.basename, [
  ['\\dir\\basename.ext'], ['\\basename.ext'], ['basename.ext'], ['basename.ext\\'], ['basename.ext\\\\'], ['foo'],
  ['aaa\\bbb', '\\bbb'], ['aaa\\bbb', 'a\\bbb'], ['aaa\\bbb', 'bbb'], ['aaa\\bbb\\\\\\\\', 'bbb'], ['aaa\\bbb', 'bb'],
  ['aaa\\bbb', 'b'], ['\\aaa\\bbb', 'bbb'], ['\\aaa\\', 'aaa'], ['\\aaa\\b', 'b'], ['\\aaa\\b', 'b\\'], ['C:basename.ext'],
  ['C:\\basename.ext'], ['C:\\basename.ext\\'], ['C:\\basename.ext\\\\'], ['C:foo'], ['file:stream'], ['a/b/c.js', '.js'],
  ['c.js', 'c.js'], ['C:'], ['C:.'], ['C:\\'], ['C:\\dir\\base.ext'], ['C:\\dir\\base.ext\\'], ['/a/b/', '.x'],
  ['\\\\server\\share\\f.txt', '.txt'], ['', 'x'], ['x.txt', ''],
]);
show('bad', win32.basename, [[1], ['a', 1]]);
