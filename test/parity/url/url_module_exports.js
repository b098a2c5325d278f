// the exports of node:url are functions of the expected arity
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
for (const k of ['Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL', 'URLSearchParams', 'domainToASCII', 'domainToUnicode', 'pathToFileURL', 'fileURLToPath', 'urlToHttpOptions'])
  console.log(k, typeof url[k]);
console.log(require('node:url') === url);
