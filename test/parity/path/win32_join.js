// path.win32.join: separators, empty and dot arguments, and when leading slashes make a UNC path.
'use strict';
const show = require('./_show');
const { win32 } = require('path');
show('join', win32.join, [
  ['.', 'x/b', '..', '/b/c.js'], [], ['/.', 'x/b', '..', '/b/c.js'], ['/foo', '../../../bar'], ['foo', '../../../bar'],
  ['foo/', '../../../bar'], ['foo/x', '../../../bar'], ['foo/x', './bar'], ['foo/x/', './bar'], ['foo/x/', '.', 'bar'],
  ['./'], ['.', './'], ['.', '.', '.'], ['.', './', '.'], ['.', '/./', '.'], ['.', '/////./', '.'], ['.'], ['', '.'],
  ['', 'foo'], ['foo', '/bar'], ['', '/foo'], ['', '', '/foo'], ['', '', 'foo'], ['foo', ''], ['foo/', ''],
  ['foo', '', '/bar'], ['./', '..', '/foo'], ['./', '..', '..', '/foo'], ['.', '..', '..', '/foo'], ['', '..', '..', '/foo'],
  ['/'], ['/', '.'], ['/', '..'], ['/', '..', '..'], [''], ['', ''], [' /foo'], [' ', 'foo'], [' ', '.'], [' ', '/'],
  [' ', ''], ['/', 'foo'], ['/', '/foo'], ['/', '//foo'], ['/', '', '/foo'], ['', '/', 'foo'], ['', '/', '/foo'],
  ['//foo', 'bar'], ['//foo/', 'bar'], ['//foo', '/bar'], ['\\\\foo', 'bar'], ['\\\\foo/', 'bar'], ['\\\\foo', '/bar'],
  ['//', 'foo', 'bar'], ['//', '/foo', 'bar'], ['\\\\', '/', '/foo', 'bar'], ['///foo/bar'], ['\\\\\\/foo/bar'],
  ['//server', 'share'], ['\\\\server', 'share'], ['//server/', 'share'], ['c:', 'file'], ['c:', '/file'],
  ['c:/', 'file'], ['c:', '..', '..', 'x'], ['d:\\', '..'],
]);
