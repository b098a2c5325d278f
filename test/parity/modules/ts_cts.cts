// A .cts entry requiring a .cts module.

const r: { v: number } = require('./fixtures/ts/cjs.cts');
console.log(r.v);
