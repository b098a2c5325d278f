// path.win32.dirname across drive, UNC and relative paths with either separator.
'use strict';
const show = require('./_show');
const { win32 } = require('path');
show('dirname', win32.dirname, [
  ['c:\\'], ['c:\\foo'], ['c:\\foo\\'], ['c:\\foo\\bar'], ['c:\\foo\\bar\\'], ['c:\\foo\\bar\\baz'], ['c:\\foo bar\\baz'],
  ['\\'], ['\\foo'], ['\\foo\\'], ['\\foo\\bar'], ['\\foo\\bar\\'], ['\\foo\\bar\\baz'], ['foo'], ['foo\\bar'],
  ['c:'], ['c:foo'], ['c:foo\\'], ['c:foo\\bar'], ['c:foo\\bar\\'], ['c:foo\\bar\\baz'], ['file:stream'],
  ['dir\\file:stream'], ['\\\\unc\\share'], ['\\\\unc\\share\\foo'], ['\\\\unc\\share\\foo\\'], ['\\\\unc\\share\\foo\\bar'],
  ['\\\\unc\\share\\foo\\bar\\'], ['\\\\unc\\share\\foo\\bar\\baz'], ['/a/b/'], ['/a/b'], ['/a'], [''], ['/'], ['////'],
  ['foo'], ['//a'], ['\\\\'], ['\\\\x'], ['c:/x/y'], ['.'], ['..\\..'],
]);
show('bad', win32.dirname, [[null], [true]]);
