// %s with every kind of value.
console.log('%s|%s|%s|%s', 'str', 42, -0, 12345678901234567890n);
console.log('%s|%s|%s', null, undefined, true);
console.log('%s|%s', Symbol('sy'), () => 1);
console.log('%s', { a: 1, b: { c: { d: 1 } } });
console.log('%s', [1, [2, [3, [4]]]]);
console.log('%s', new Error('err in %s'));
console.log('%s', new Date(0));
console.log('%s', class Foo {});
console.log('%s', { toString() { return 'custom toString'; } });
console.log('%s', new (class Bar { toString() { return 'Bar!'; } })());
console.log('%s', Object.create(null));
