// url.parse trims whitespace and turns backslashes into slashes before ? and #
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
for (const s of ['  http://a/b  ', '\u00a0http://a/\ufeff', 'http:\\\\a\\b?c\\d#e\\f', '\thttp://a/\t', 'http://a/b c<d>"e\'f`g{h}|i^j', 'http://a/?q= x#h y'])
  console.log(JSON.stringify(url.parse(s).href));
