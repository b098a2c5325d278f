// path.posix.parse and format, with the round trip.
'use strict';
const show = require('./_show');
const { posix } = require('path');
const paths = ['/home/user/dir/file.txt', '/home/user/a dir/another File.zip', '/home/user/a dir//another&File.',
  '/home/user/a$$$dir//another File.zip', 'user/dir/another File.zip', 'file', '.\\file', './file', 'C:\\foo',
  '/', '', '//', '///', '/foo', '/foo.', 'foo.', '.foo', '.foo.bar', '..', '..foo', '/..', '/.', '/...', 'a/b/',
  'x/y.tar.gz', '/x/.y.z/'];
show('parse', posix.parse, paths.map((p) => [p]));
show('format∘parse', (p) => posix.format(posix.parse(p)), paths.map((p) => [p]));
show('format', posix.format, [[{ dir: 'some/dir' }], [{ base: 'index.html' }], [{ root: '/' }],
  [{ name: 'index', ext: '.html' }], [{ dir: 'some/dir', name: 'index', ext: '.html' }],
  [{ root: '/', name: 'index', base: '' }], [{ name: 'x', ext: 'png' }], [{ root: '/', dir: '/', base: 'x' }], [null]]);
