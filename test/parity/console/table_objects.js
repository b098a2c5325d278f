// console.table with objects, nested values and a column filter.
console.table({ first: { x: 1, y: 2 }, second: { x: 3, z: [1, 2] } });
console.table([{ name: 'a', v: 1, w: 9 }, { name: 'bb', v: 22, w: 8 }], ['name', 'v']);
console.table({ k: 'primitive', n: 5 });
console.table(new Map([['m1', { a: 1 }], ['m2', { a: 2 }]]));
console.table(new Set(['s1', 's2']));
