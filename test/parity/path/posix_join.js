// path.posix.join: empty arguments, dots, leading and trailing slashes.
'use strict';
const show = require('./_show');
const { posix } = require('path');
show('join', posix.join, [
  ['.', 'x/b', '..', '/b/c.js'], [], ['/.', 'x/b', '..', '/b/c.js'], ['/foo', '../../../bar'], ['foo', '../../../bar'],
  ['foo/', '../../../bar'], ['foo/x', '../../../bar'], ['foo/x', './bar'], ['foo/x/', './bar'], ['foo/x/', '.', 'bar'],
  ['./'], ['.', './'], ['.', '.', '.'], ['.', '/////./', '.'], ['', '.'], ['', 'foo'], ['foo', '/bar'], ['', '/foo'],
  ['', '', '/foo'], ['foo', ''], ['foo/', ''], ['./', '..', '/foo'], ['.', '..', '..', '/foo'], ['/'], ['/', '..', '..'],
  [''], ['', ''], [' /foo'], [' ', 'foo'], [' ', '/'], ['/', '//foo'], ['', '/', '/foo'], ['//foo', 'bar'],
]);
show('bad', posix.join, [['a', 1], [null]]);
