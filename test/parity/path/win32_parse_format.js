// path.win32.parse and format: roots (drive, UNC, device), dirs, names, extensions, and the
// round trip format(parse(p)).
'use strict';
const show = require('./_show');
const { win32 } = require('path');
const paths = [
  'C:\\path\\dir\\index.html', 'C:\\another_path\\DIR\\1\\2\\33\\\\index', 'another_path\\DIR with spaces\\1\\2\\33\\index',
  '\\', '\\foo\\C:', 'file', 'file:stream', '.\\file', 'C:', 'C:.', 'C:..', 'C:abc', 'C:\\', 'C:\\abc',
  '', '\\\\server\\share\\file_path', '\\\\server two\\shared folder\\file path.zip', '\\\\teela\\admin$\\system32',
  '\\\\?\\UNC\\server\\share', '\\\\server\\share', '\\\\server\\share\\', '//server/share/x', 'C:\\\\', '.\\..',
  '..', '.', 'x.', '.x', '..x', 'x..', 'a\\b\\.c.d', 'C:abc.def\\', 'C:\\a\\b.txt\\',
];
show('parse', win32.parse, paths.map((p) => [p]));
show('format∘parse', (p) => win32.format(win32.parse(p)), paths.map((p) => [p]));
show('format', win32.format, [
  [{ dir: 'some\\dir' }], [{ base: 'index.html' }], [{ root: 'C:\\' }], [{ name: 'index', ext: '.html' }],
  [{ dir: 'some\\dir', name: 'index', ext: '.html' }], [{ root: 'C:\\', name: 'index', base: '' }],
  [{ name: 'x', ext: 'png' }], [{ root: 'C:\\', dir: 'C:\\' , base: 'x' }], [{}], [null], ['str'],
]);
