// %d, %i and %f.
console.log('%d|%d|%d|%d|%d', 42, '42', 4.5, -0, 10n);
console.log('%d|%d|%d', 'abc', {}, null);
console.log('%i|%i|%i|%i', 42.9, '42.9', -3.7, 10n);
console.log('%i|%i', 'x', Symbol('s'));
console.log('%f|%f|%f|%f', 1.5, '2.25', 'x', -0);
console.log('%d', Symbol('d'));
