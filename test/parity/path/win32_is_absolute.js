// path.win32.isAbsolute for drives, UNC, separators and relative forms.
'use strict';
const show = require('./_show');
const { win32 } = require('path');
show('isAbsolute', win32.isAbsolute, [
  ['/'], ['//'], ['//server'], ['//server/file'], ['\\\\server\\file'], ['\\\\server'], ['\\\\'], ['c'], ['c:'],
  ['c:\\'], ['c:/'], ['c://'], ['C:/Users/'], ['C:\\Users\\'], ['C:cwd/another'], ['C:cwd\\another'],
  ['directory/directory'], ['directory\\directory'], [''], ['.'], ['1:\\x'], ['CON:'], [' \\x'],
]);
show('bad', win32.isAbsolute, [[undefined], [{}]]);
