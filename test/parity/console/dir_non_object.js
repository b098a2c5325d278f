// console.dir of primitives and functions.
console.dir(42);
console.dir('str');
console.dir(null);
console.dir(undefined);
console.dir(Symbol('d'));
console.dir(function named() {});
console.dir(class K {});
console.dir(10n);
