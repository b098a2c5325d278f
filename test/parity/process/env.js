// parity-env: PARITY_A=alpha PARITY_EMPTY=
// process.env: values are strings, assignment coerces, delete removes.
console.log('PARITY_A', process.env.PARITY_A);
console.log('PARITY_EMPTY', JSON.stringify(process.env.PARITY_EMPTY));
console.log('missing', process.env.PARITY_MISSING);
process.env.X = 1;
console.log('X', typeof process.env.X, process.env.X);
process.env.Y = true;
console.log('Y', process.env.Y);
process.env.Z = undefined;
console.log('Z', typeof process.env.Z, process.env.Z);
process.env.N = null;
console.log('N', process.env.N);
console.log('in', 'X' in process.env, Object.prototype.hasOwnProperty.call(process.env, 'X'));
console.log('delete', delete process.env.X, 'X' in process.env, process.env.X);
console.log('delete missing', delete process.env.NOPE);
try {
  process.env.S = Symbol('s');
} catch (e) {
  console.log('symbol value throws', e.name, e.message);
}
console.log('keys', Object.keys(process.env).sort());
console.log('TERM', process.env.TERM, 'TZ', process.env.TZ);
