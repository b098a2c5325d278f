// path.posix.resolve: absolute arguments reset, relative ones join the cwd ("/" here).
'use strict';
process.chdir('/');
const show = require('./_show');
const { posix } = require('path');
show('resolve', posix.resolve, [
  ['/var/lib', '../', 'file/'], ['/var/lib', '/../', 'file/'], ['a/b/c/', '../../..'], [], [''], ['.'],
  ['/some/dir', '.', '/absolute/'], ['/foo/tmp.3/', '../tmp.3/cycles/root.js'], ['a', 'b\\c'], ['//a'], ['///a//b/'],
  ['/a', ''], ['..', '..'], ['a/./b/.'], ['/x', 'C:\\y'],
]);
