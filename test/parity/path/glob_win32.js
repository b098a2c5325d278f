// path.win32.matchesGlob: backslashes and slashes both separate, in paths and patterns.
'use strict';
const show = require('./_show');
const { win32 } = require('path');
show('matchesGlob', win32.matchesGlob, [
  ['foo\\bar\\baz', 'foo\\[bcr]ar\\baz'], ['foo\\bar\\baz', 'foo\\[!bcr]ar\\baz'], ['foo\\bar\\baz', 'foo\\[bc-r]ar\\baz'],
  ['foo\\bar\\baz', 'foo\\*\\!bar\\*\\baz'], ['foo\\bar1\\baz', 'foo\\bar[0-9]\\baz'], ['foo\\barx\\baz', 'foo\\bar[a-z]\\baz'],
  ['foo\\bar\\baz\\boo', 'foo\\[bc-r]ar\\baz\\*'], ['foo\\bar\\baz', 'foo/**'], ['foo\\bar\\baz', '*'],
  ['foo/bar\\baz', 'foo\\bar/baz'], ['c:\\x', 'c:/*'], ['C:\\x', 'c:/*'], ['FOO', 'foo'], ['a\\.b', 'a/*'],
  ['a\\.b', 'a/.*'], ['\\\\server\\share\\x', '//server/share/*'], ['a\\b\\', 'a/b'], ['x.JS', '*.js'],
]);
