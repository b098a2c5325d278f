// path.win32 argument validation: the ERR_INVALID_ARG_TYPE messages for each function.
'use strict';
const show = require('./_show');
const { win32 } = require('path');
for (const bad of [null, true, 1, {}, [], undefined]) {
  show('join', win32.join, [[bad]]);
  show('resolve', win32.resolve, [['a', bad]]);
  show('normalize', win32.normalize, [[bad]]);
  show('isAbsolute', win32.isAbsolute, [[bad]]);
  show('relative', win32.relative, [[bad, 'x'], ['x', bad]]);
  show('parse', win32.parse, [[bad]]);
  show('dirname', win32.dirname, [[bad]]);
  show('basename', win32.basename, [[bad], ['a', bad]]);
  show('extname', win32.extname, [[bad]]);
  show('matchesGlob', win32.matchesGlob, [[bad, 'x'], ['x', bad]]);
}
show('format', win32.format, [[undefined], [1], ['x']]);
