// the legacy Url class: constructor fields and prototype methods
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const { Url, parse } = require('url');
const u = new Url();
console.log(u, Object.keys(u));
console.log(typeof Url.prototype.parse, typeof Url.prototype.format, typeof Url.prototype.resolve, typeof Url.prototype.resolveObject);
console.log(u.parse('http://x/y').href, parse(u) === u);
