// console.log of an error with a cause prints both stacks.
function inner() { return new RangeError('inner cause'); }
function outer() { return new Error('outer', { cause: inner() }); }
console.log(outer());
