// path.win32.normalize with Windows' reserved device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9,
// the superscript forms): the "." prefix that keeps "CON:" from acting as a root.
'use strict';
const show = require('./_show');
const { win32 } = require('path');
show('normalize', win32.normalize, [
  ['\\\\server\\share\\COM1:'], ['\\\\server\\share\\COM1:..\\..\\..\\..\\Windows'], ['CON'], ['con'], ['CON:'],
  ['con:'], ['CON:.'], ['LPT9.foo'], ['COM9:'], ['COM9.'], ['C:COM9'], ['C:\\COM9'], ['CON:./foo'], ['CON:/foo'],
  ['CON:../foo'], ['CON:/../foo'], ['CON:..'], ['CON:..\\'], ['CON:..\\..\\foo\\bar\\'], ['COM1:a:b:c'],
  ['COM1:a:b:c/'], ['c:lpt1'], ['PRN:.\\..\\bar'], ['AUX:/../../baz'], ['COM\u00b9:'], ['LPT\u00b3:.\\..\\..\\foo'],
  ['LpT5:/another/path'], ['COM10:'], ['CONNINGTOWER:'], ['NULLED:'], ['CON:\\'], ['COM1:\\foo\\bar\\'],
  ['\\\\?\\COM1:.\\..\\..\\foo2.js'], ['C:\\path\\to\\COM1:'], ['CON::'], ['COM1:::foo'], ['AUX:/foo\\bar/baz'],
  ['CON:foo/../bar'], ['c:COM1:'], ['nul:'], ['x/CON:'],
]);
show('join', win32.join, [['CON:', 'x'], ['a', 'CON:b', '../c'], ['COM1:a:b:c/', 'x'], ['x', 'nul:/y'], ['COM10:', 'x']]);
show('resolve', (p) => win32.resolve('C:\\base', p), [['CON:'], ['CON:foo/../bar'], ['\\\\?\\COM1:.\\..\\x']]);
