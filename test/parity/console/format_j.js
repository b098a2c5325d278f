// %j is JSON; circular structures print [Circular].
const o = { a: 1, s: 'x', arr: [1, null] };
console.log('%j', o);
const c = { name: 'c' };
c.self = c;
console.log('%j', c);
console.log('%j|%j|%j', 'str', 1, undefined);
console.log('%j', { toJSON() { return 'from toJSON'; } });
console.log('%j', 10n === 10n ? { n: 1 } : null);
