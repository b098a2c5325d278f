// keys, values, entries and Symbol.iterator
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const p = new URLSearchParams('a=1&b=2&a=3');
console.log([...p.keys()], [...p.values()], [...p.entries()], [...p]);
console.log(p[Symbol.iterator] === p.entries);
const it = p.keys();
console.log(it.next(), it.next(), it.next(), it.next(), it.next());
console.log(typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
const live = p.values(); p.append('c', 4); console.log([...live]);
