// path.posix.normalize: dots, repeated and trailing slashes, backslashes kept as characters.
'use strict';
const show = require('./_show');
const { posix } = require('path');
show('normalize', posix.normalize, [
  ['./fixtures///b/../b/c.js'], ['/foo/../../../bar'], ['a//b//../b'], ['a//b//./c'], ['a//b//.'],
  ['/a/b/c/../../../x/y/z'], ['///..//./foo/.//bar'], ['bar/foo../../'], ['bar/foo../..'], ['bar/foo../../baz'],
  ['bar/foo../'], ['bar/foo..'], ['../foo../../../bar'], ['../.../.././.../../../bar'], ['../../../foo/../../../bar'],
  ['../../../foo/../../../bar/../../'], ['../foobar/barfoo/foo/../../../bar/../../'],
  ['../.../../foobar/../../../bar/../../baz'], ['foo/bar\\baz'], [''], ['/'], ['//'], ['.'], ['./'], ['..'], ['a\\..\\b'],
]);
