// matchesGlob brace expansion: lists, nesting, numeric and letter ranges, literal braces, and
// braces combined with * and **.
'use strict';
const show = require('./_show');
const { posix } = require('path');
show('matchesGlob', posix.matchesGlob, [
  ['a.js', '*.{js,ts}'], ['a.ts', '*.{js,ts}'], ['a.md', '*.{js,ts}'], ['src/x/y.ts', 'src/**/*.{js,ts}'],
  ['b', '{a,{b,c}}'], ['c', '{a,{b,c}}'], ['d', '{a,{b,c}}'], ['x5', 'x{1..9}'], ['x10', 'x{1..9}'], ['x10', 'x{8..12}'],
  ['c', '{a..e}'], ['f', '{a..e}'], ['x-1', 'x{-2..0}'], ['{a}', '{a}'], ['a', '{a}'], ['ab', '{a,}b'], ['b', '{a,}b'],
  ['a/b', '{a/b,c}'], ['c', '{a/b,c}'], ['a,b', '{a,b}'], ['ab', 'a{b'], ['a{b', 'a{b'], ['a}b', 'a}b'],
]);
