// console.log with several arguments formats each one separately and joins with spaces.
const big = { alpha: 'aaaaaaaaaaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbbbbbbbb', gamma: 'gggggggggggggggggggg' };
console.log('label', big, [1, 2], 'tail');
console.log({ a: 1 }, { b: 2 }, new Map([[1, 2]]), new Set(['s']));
console.log([big, big]);
console.log('%s:', 'formatted', big);
