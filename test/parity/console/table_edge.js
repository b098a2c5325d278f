// console.table: mixed rows, undefined values, index-only properties, symbol keys ignored.
console.table([{ a: undefined, b: null }, 'primitive row', [1, 2], { c: { nested: true } }]);
console.table([{ x: 1 }], []);
console.table({ row: { [Symbol('s')]: 1, v: 2 } });
console.table([{ long: 'x'.repeat(30), n: -1.5 }]);
