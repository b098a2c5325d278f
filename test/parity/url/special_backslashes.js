// backslashes act as slashes in special URLs only
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const s of ['http:\\\\a\\b\\c', 'https:/\\a/b', 'sc:\\\\a\\b', 'file:\\\\\\c\\d', 'http://a\\b?c\\d#e\\f']) console.log(new URL(s).href);
console.log(new URL('\\x', 'http://a/b/c').href, new URL('\\x', 'sc://a/b/c').href);
