// path.win32.resolve of relative paths uses process.cwd() with its slashes turned (on POSIX).
'use strict';
process.chdir('/');
const show = require('./_show');
const { win32 } = require('path');
show('resolve at /', win32.resolve, [[], [''], ['.'], ['a'], ['a/b', '..'], ['..'], ['', '']]);
process.chdir(__dirname);
const cwd = process.cwd();
const parent = require('path').dirname(cwd);
const rel = (r) => r.replace(cwd.replace(/\//g, '\\'), '<CWD>').replace(parent.replace(/\//g, '\\'), '<PARENT>');
for (const args of [[], ['.'], [''], ['x\\y'], ['..', 'z'], ['a', '', 'b']]) {
  console.log(JSON.stringify(args), rel(win32.resolve(...args)));
}
