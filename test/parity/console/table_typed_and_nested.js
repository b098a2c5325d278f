// console.table with typed arrays and nested arrays/objects as values.
console.table(new Uint8Array([5, 6]));
console.table([[{ a: 1 }, [1, [2]]], ['x']]);
console.table({ a: [1, 2, 3], b: 'str' });
