// parity-tty: stdout
// parity-env: TERM=xterm-256color
// console.log on a color terminal colors what util.inspect prints (numbers, strings, symbols,
// null, dates, nested objects), but not a plain string argument.
console.log({ n: 1, s: 'str', b: true, u: undefined, z: null, sym: Symbol('x'), big: 10n });
console.log([1, 'two', [3]], new Map([[1, 'a']]), new Set(['s']));
console.log('plain %s and %d and %o', 'text', 42, { o: 1 });
console.log(new Error('boom').message, function named() {}, class K {});
console.log(process.stdout.getColorDepth(), process.stdout.hasColors());
console.error('stderr is a pipe', { n: 1 });
