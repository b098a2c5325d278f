// Peak RSS of holding 1e6 small objects and a 1e6-entry Map (heap overhead per object).
'use strict';
const objs = [];
for (let i = 0; i < 1e6; i++) objs.push({ id: i, name: 'o' + (i % 1000) });
const m = new Map();
for (let i = 0; i < 1e6; i++) m.set(i, objs[i]);
let s = 0;
for (let i = 0; i < 1e6; i += 1000) s += m.get(i).id;
console.log(objs.length + ' ' + m.size + ' ' + s);
