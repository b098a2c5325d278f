// path.win32.normalize: separators, dots, trailing separators, drive-relative and UNC roots.
'use strict';
const show = require('./_show');
const { win32 } = require('path');
show('normalize', win32.normalize, [
  ['./fixtures///b/../b/c.js'], ['/foo/../../../bar'], ['a//b//../b'], ['a//b//./c'], ['a//b//.'],
  ['//server/share/dir/file.ext'], ['/a/b/c/../../../x/y/z'], ['C:'], ['C:..\\abc'], ['C:..\\..\\abc\\..\\def'],
  ['C:\\.'], ['file:stream'], ['bar\\foo..\\..\\'], ['bar\\foo..\\..'], ['bar\\foo..\\..\\baz'],
  ['bar\\foo..\\'], ['bar\\foo..'], ['..\\foo..\\..\\..\\bar'], ['..\\...\\..\\.\\...\\..\\..\\bar'],
  ['../../../foo/../../../bar'], ['../../../foo/../../../bar/../../'], ['../foobar/barfoo/foo/../../../bar/../../'],
  ['../.../../foobar/../../../bar/../../baz'], ['foo/bar\\baz'], ['\\\\.\\foo'], ['\\\\.\\foo\\'],
  ['test/../C:/Windows'], ['test/../C:Windows'], ['./upload/../C:/Windows'], ['./upload/../C:x'],
  ['test/../??/D:/Test'], ['test/C:/../../F:'], ['test/C:foo/../../F:'], ['test/C:/../../F:\\'],
  ['test/C:foo/../../F:\\'], ['test/C:/../../F:x'], ['test/C:foo/../../F:x'], ['/test/../??/D:/Test'],
  ['/test/../?/D:/Test'], ['//test/../??/D:/Test'], ['//test/../?/D:/Test'], ['\\\\?\\test/../?/D:/Test'],
  ['\\\\?\\test/../../?/D:/Test'], ['\\\\.\\test/../?/D:/Test'], ['\\\\.\\test/../../?/D:/Test'],
  ['//server/share/dir/../../../?/D:/file'], ['//server/goodshare/../badshare/file'],
  ['/'], ['\\'], ['a'], ['.'], [''], ['//'], ['\\\\server'], ['\\\\server\\share'],
]);
