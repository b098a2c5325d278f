// dot segments and their percent-encoded forms in paths
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const p of ['/a/./b', '/a/../b', '/a/%2e/b', '/a/%2E%2e/b', '/a/.%2e/b', '/a/b/..', '/a/b/.', '/..', '/a/..%2f', '/a/...']) console.log(p, new URL('http://h' + p).pathname);
console.log(new URL('sc:/a/..//b').href, new URL('sc:/.//x').pathname);
