// console.table with arrays of primitives, arrays and objects.
console.table([1, 2, 'three']);
console.table([[1, 2], [3, 4, 5]]);
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([]);
