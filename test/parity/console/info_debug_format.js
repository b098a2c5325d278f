// info and debug support format specifiers like log.
console.info('%s=%i', 'n', 42.7);
console.debug('%o', [1]);
console.info({ nested: { deeper: { deepest: { gone: 1 } } } });
console.debug();
