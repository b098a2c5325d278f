// url.parse argument validation
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
for (const v of [undefined, null, 5, {}, true, Symbol('s')]) show(() => url.parse(v));
