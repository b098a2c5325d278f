// path.posix.matchesGlob (and path.matchesGlob): classes, ranges, negation, **, braces, extglobs,
// dot files, trailing slashes, literal "!" and "#", backslashes as separators in patterns.
'use strict';
const show = require('./_show');
const path = require('path');
show('matchesGlob', path.posix.matchesGlob, [
  ['foo/bar/baz', 'foo/[bcr]ar/baz'], ['foo/bar/baz', 'foo/[!bcr]ar/baz'], ['foo/bar/baz', 'foo/[bc-r]ar/baz'],
  ['foo/bar/baz', 'foo/*/!bar/*/baz'], ['foo/bar1/baz', 'foo/bar[0-9]/baz'], ['foo/barx/baz', 'foo/bar[a-z]/baz'],
  ['foo/bar/baz/boo', 'foo/[bc-r]ar/baz/*'], ['foo/bar/baz', 'foo/**'], ['foo/bar/baz', '*'], ['FOO', 'foo'],
  ['.a', '*'], ['.a', '.*'], ['a/.b', 'a/**'], ['a/b/c', 'a/**/c'], ['a/c', 'a/**/c'], ['a', '{a,b}'], ['a*', 'a\\*'],
  ['ab', '+(a|b)'], ['a/b', 'a/b/'], ['a/b/', 'a/b'], ['/a', '/*'], ['a', '!a'], ['!a', '!a'], ['#x', '#x'],
  ['abc', 'a?c'], ['a/b', 'a?b'], ['a1', 'a[[:digit:]]'], ['.', '*'], ['a/./b', 'a/*/b'], ['a/../b', 'a/**/b'],
  ['x.js', '*.{js,ts}'], ['a3', 'a{1..5}'], ['a', 'a/**'], ['a/b/../c', 'a/c'], ['x', '{x}'], ['{x}', '{x}'],
  ['a\\b', 'a\\b'], ['a/b', 'a\\b'], ['', ''], ['', '*'], ['abc', '*(abc)'], ['ab', '!(a)'], ['a', '!(a)'],
  ['a.js', '*.!(ts)'], ['x/y/z.txt', '**/*.txt'], ['z.txt', '**/*.txt'], ['.git/x', '**/x'], ['b', '[^a]'],
]);
