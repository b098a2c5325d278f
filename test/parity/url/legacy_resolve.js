// url.resolve: RFC 3986 examples and Node's quirks
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
const base = 'http://a/b/c/d;p?q';
for (const r of ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', '', '.', './', '..', '../', '../g', '../..', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', 'g/../h', 'http:g', 'https:g'])
  console.log(JSON.stringify(r), url.resolve(base, r));
console.log(url.resolve('/one/two/three', 'four'), url.resolve('http://example.com/', '/one'), url.resolve('http://example.com/one', '/two'));
console.log(url.resolve('mailto:a@b', 'c@d'), url.resolve('http://a/b', 'mailto:x'), url.resolve('file:///a/b', '../c'), url.resolve('foo/bar', '../baz'), url.resolve('http://u:p@a/b', '//c/d'));
