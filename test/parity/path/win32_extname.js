// path.win32.extname: dots in names, trailing separators (both kinds), drive prefixes.
'use strict';
const show = require('./_show');
const { win32 } = require('path');
show('extname', win32.extname, [
  [''], ['/path/to/file'], ['/path/to/file.ext'], ['/path.to/file.ext'], ['/path.to/file'], ['/path.to/.file'],
  ['/path.to/.file.ext'], ['/path/to/f.ext'], ['/path/to/..ext'], ['/path/to/..'], ['file'], ['file.ext'], ['.file'],
  ['.file.ext'], ['/file'], ['/file.ext'], ['/.file'], ['/.file.ext'], ['.path/file.ext'], ['file.ext.ext'], ['file.'],
  ['.'], ['./'], ['.file.ext'], ['.file'], ['.file.'], ['.file..'], ['..'], ['../'], ['..file.ext'], ['..file'],
  ['..file.'], ['..file..'], ['...'], ['...ext'], ['....'], ['file.ext/'], ['file.ext//'], ['file/'], ['file//'],
  ['file./'], ['file.//'], ['.\\'], ['..\\'], ['file.ext\\'], ['file.ext\\\\'], ['file\\'], ['file\\\\'], ['file.\\'],
  ['file.\\\\'], ['C:.ext'], ['C:a.b'], ['C:\\x.y'], ['C:'],
]);
