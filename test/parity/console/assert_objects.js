// console.assert with only objects and with format strings that are not strings.
console.assert(false, { a: 1 }, [2]);
console.assert(false, 42, 'second');
console.assert(false, '%s and %o', 'fmt', { x: [1] });
console.assert(undefined);
