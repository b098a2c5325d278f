// toString, toJSON, JSON.stringify and String() of URLs
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const u = new URL('https://a.com/p?q=1#f');
console.log(u.toString(), u.toJSON(), JSON.stringify({ u }), String(u), `${u}`, u + '');
