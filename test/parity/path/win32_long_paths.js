// parity-timeout: 30s
// Long and deep win32 paths: normalize/resolve/relative over many segments, ".." runs and
// repeated separators (checks the algorithms at size, not just on short inputs).
'use strict';
process.chdir('/');
const { win32 } = require('path');
const deep = Array.from({ length: 200 }, (_, i) => `d${i}`).join('\\');
const mixed = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? '..' : i % 3 === 1 ? `s${i}` : '.')).join('/\\');
console.log(win32.normalize(`C:\\${deep}`).length, win32.normalize(`C:\\${deep}\\..\\..`).slice(-12));
console.log(win32.normalize(mixed));
console.log(win32.resolve(`C:\\${deep}`, mixed).slice(-40));
console.log(win32.relative(`C:\\${deep}`, 'C:\\d0\\x').length, win32.relative('C:\\d0\\x', `C:\\${deep}`).slice(0, 20));
console.log(win32.join(...Array.from({ length: 100 }, (_, i) => (i % 2 ? '..' : `p${i}`))));
console.log(win32.parse(`\\\\srv\\sh\\${deep}\\f.x`).dir.length);
