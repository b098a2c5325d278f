// querystring aliases and the module shape
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const qs = require('querystring');
console.log(qs.decode === qs.parse, qs.encode === qs.stringify, Object.keys(qs));
console.log(require('node:querystring') === qs);
