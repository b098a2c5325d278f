// Drive letters and UNC names compare case-insensitively in resolve/relative, keep their case in
// the result; non-letter "drives" are plain names.
'use strict';
process.chdir('/');
const show = require('./_show');
const { win32 } = require('path');
show('resolve', win32.resolve, [['C:\\a', 'c:b'], ['c:\\a', 'C:b'], ['\\\\SRV\\Share\\a', '\\\\srv\\share\\b'],
  ['1:\\a'], ['@:x'], ['C:\\a', 'D:', 'c:x']]);
show('relative', win32.relative, [['C:\\A\\b', 'c:\\a\\B\\c'], ['\\\\SRV\\SH\\x', '\\\\srv\\sh\\y'], ['C:\\x', 'c:\\X']]);
show('normalize', win32.normalize, [['c:/A/../B'], ['1:/x'], ['Z:'], ['z:..']]);
