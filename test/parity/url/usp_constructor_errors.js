// URLSearchParams constructor errors: bad tuples and non-callable iterators
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
show(() => new URLSearchParams([['a']]));
show(() => new URLSearchParams([['a', 'b', 'c']]));
show(() => new URLSearchParams([1]));
show(() => new URLSearchParams(['ab']));
show(() => new URLSearchParams({ [Symbol.iterator]: 42 }));
show(() => new URLSearchParams([[]]));
