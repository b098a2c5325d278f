// console.log of top-level values: strings unquoted, nested strings quoted.
console.log('top', ['nested'], { k: 'v' });
console.log(-0, [-0], 0.1 + 0.2, 1e21, 1e-7, 2 ** 53, NaN, -Infinity);
console.log(123n, [123n], Symbol('s'), [Symbol.iterator]);
console.log('multi\nline', ['multi\nline']);
console.log("quote's", ["quote's"], ['both \' and "'], ['back`tick\'"']);
console.log('');
console.log(' ', '');
