// path.posix.relative: common prefixes, roots, trailing slashes, identical paths.
'use strict';
process.chdir('/');
const show = require('./_show');
const { posix } = require('path');
show('relative', posix.relative, [
  ['/var/lib', '/var'], ['/var/lib', '/bin'], ['/var/lib', '/var/lib'], ['/var/lib', '/var/apache'], ['/var/', '/var/lib'],
  ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'], ['/Users/a/web/b/test/mails', '/Users/a/web/b'],
  ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'], ['/baz', '/baz-quux'],
  ['/page1/page2/foo', '/'], ['a', 'b'], ['a/b', 'a'], ['', ''], ['/a//b', '/a/b/c'], ['/a/B', '/a/b'],
]);
