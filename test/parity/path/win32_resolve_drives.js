// path.win32.resolve with drive letters: later absolute paths win, drive-relative paths resolve
// against their drive (its "=X:" cwd when set, else the drive root), other drives are skipped.
'use strict';
process.chdir('/');
const show = require('./_show');
const { win32 } = require('path');
show('resolve', win32.resolve, [
  ['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
  ['c:/ignore', 'c:/some/file'], ['d:/ignore', 'd:some/dir//'], ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'],
  ['c:'], ['c:.'], ['C:..\\..'], ['c:\\'], ['c:/'], ['c:', 'd:'], ['x:\\a', 'X:b'], ['x:\\a', 'y:b'],
  ['c:/', '//'], ['c:/', '//dir'], ['c:/', '///some//dir'], ['c:\\a', '\\b'], ['c:\\a', '/b', 'c'],
]);
// Node reads the "=X:" variables Windows keeps per drive; on POSIX they cannot be set (an '='
// in a name is refused), so a drive-relative path resolves against the process cwd or the root.
show('drive-relative', win32.resolve, [['q:'], ['Q:sub\\..\\x'], ['r:rel'], ['q:', 'q:more']]);
