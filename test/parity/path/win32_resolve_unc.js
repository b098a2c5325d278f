// path.win32.resolve with UNC shares and device namespaces.
'use strict';
process.chdir('/');
const show = require('./_show');
const { win32 } = require('path');
show('resolve', win32.resolve, [
  ['//server/share', '..', 'relative\\'], ['c:/', '//server/share'], ['c:/', '//server//share'],
  ['\\\\server\\share\\a', 'b'], ['\\\\server\\share'], ['\\\\server'], ['\\\\server\\'], ['//a/b/c/../../..'],
  ['\\\\.\\PHYSICALDRIVE0'], ['\\\\?\\PHYSICALDRIVE0'], ['\\\\?\\C:\\a\\..\\b'], ['\\\\.\\pipe\\x'],
  ['\\\\server\\share', 'c:x'], ['c:\\x', '\\\\server\\share\\y'],
]);
