// %o (with hidden details) and %O.
console.log('%o', { a: 1, b: [1, 2], f() {} });
console.log('%O', { a: 1, b: [1, 2], f() {} });
console.log('%o', [1, 2, 3]);
console.log('%O', { deep: { deeper: { deepest: { gone: 1 } } } });
console.log('%o', 'string');
