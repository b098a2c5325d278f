// matchesGlob and dot files: * and ** skip names starting with ".", patterns that spell the dot
// match them, "." and ".." segments are folded away first.
'use strict';
const show = require('./_show');
const { posix, win32 } = require('path');
show('posix', posix.matchesGlob, [
  ['.env', '*'], ['.env', '.*'], ['.env', '.e*'], ['a/.git/b', 'a/**/b'], ['a/.git/b', 'a/*/b'], ['a/.git/b', 'a/.*/b'],
  ['a/.git/b', 'a/.git/b'], ['.a/b', '**'], ['a/.b', '**/.b'], ['x/./y', 'x/y'], ['x/../y', 'y'], ['../y', '*/y'],
  ['./y', 'y'], ['y', './y'], ['.', '.'], ['..', '..'], ['..', '.*'], ['a/b/..', 'a'], ['a/b/.', 'a/b'], ['a', 'a/.'],
]);
show('win32', win32.matchesGlob, [['a\\.git\\b', 'a/**/b'], ['a\\.git\\b', 'a\\.git\\b'], ['.\\a', 'a'], ['a\\..\\b', 'b']]);
