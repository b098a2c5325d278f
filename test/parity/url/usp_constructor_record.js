// URLSearchParams from plain objects (records) and other values
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
console.log(new URLSearchParams({ a: 1, b: 'x y', c: null, d: undefined, 'é': '☃' }).toString());
const o = Object.create({ inherited: 1 }); o.own = 2; Object.defineProperty(o, 'hidden', { value: 3 });
console.log(new URLSearchParams(o).toString());
console.log(new URLSearchParams(123).toString(), new URLSearchParams(true).toString(), new URLSearchParams(undefined).toString(), new URLSearchParams(null).toString());
console.log(new URLSearchParams(function f() {}).toString());
