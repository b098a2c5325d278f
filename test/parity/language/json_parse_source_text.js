// JSON.parse source text access: the reviver gets {source} for primitives still as parsed, {}
// otherwise; errors and the rest of the reviver walk as in Node.
const log = [];
const r = JSON.parse('{"a": 1.0000000000000001, "b": [true, null, "x\\u0041", -0, 1e400], "c": {"d": 12}, "e": {}}', function (k, v, ctx) {
  log.push(`${k}:${JSON.stringify(ctx)}:${typeof v}`);
  if (k === 'd') this.zz = 5;
  return k === 'a' ? ctx.source : v;
});
console.log(log.join(' | '));
console.log(r);
console.log(JSON.parse('[1,2]', (k, v, ctx) => (k === '0' ? 9 : v)), JSON.parse(' 5 ', (k, v, c) => c.source));
try { JSON.parse('{"a":', (k, v) => v); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.parse('[1,[2]]', function (k, v, c) { if (k === '0') this[1] = 7; return [k, c.source ?? null, v]; }));
