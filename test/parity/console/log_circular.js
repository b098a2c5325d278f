// console.log of circular structures.
const a = { name: 'a', list: [] };
a.list.push(a);
a.self = a;
console.log(a);
const m = new Map([['k', a]]);
console.log([m, m]);
