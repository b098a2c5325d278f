// console.assert prints only when the assertion fails, to stderr.
console.assert(true, 'not printed');
console.assert(1 === 1);
console.assert(false);
console.assert(false, 'with message');
console.assert(0, 'formatted %s and %d', 'str', 42);
console.assert(null, { an: 'object' });
console.assert('', 'empty string is falsy', 'extra');
console.log('done');
