// Format specifiers and objects on stderr methods.
console.warn('%s is %d years', 'Bob', 42);
console.error('%o', { nested: { a: [1] } });
console.warn({ a: 1 }, 'text', [1, 2]);
console.error('%c', 'css');
