// path.posix dirname, basename (with suffixes) and extname over one table.
'use strict';
const show = require('./_show');
const { posix } = require('path');
const paths = ['/a/b/', '/a/b', '/a', '', '/', '////', '//a', 'foo', '/dir/basename.ext', 'basename.ext/',
  'basename.ext//', 'aaa/bbb', '/aaa/', '.', '..', '...', '.file', 'file.', 'a/b.c/d', '\\dir\\basename.ext',
  'C:\\basename.ext', 'file.ext.ext', '/path.to/.file.ext', '..file..'];
show('dirname', posix.dirname, paths.map((p) => [p]));
show('basename', posix.basename, paths.map((p) => [p]));
show('extname', posix.extname, paths.map((p) => [p]));
show('basename+suffix', posix.basename, [['aaa/bbb', '/bbb'], ['aaa/bbb', 'a/bbb'], ['aaa/bbb', 'bbb'],
  ['aaa/bbb//', 'bbb'], ['aaa/bbb', 'bb'], ['aaa/bbb', 'b'], ['/aaa/bbb', 'bbb'], ['/aaa/', 'aaa'], ['/aaa/b', 'b'],
  ['/aaa/b', 'b/'], ['a.js', '.js'], ['.js', '.js'], ['js', '.js']]);
