// structuredClone of primitives and wrapper objects.
for (const v of [undefined, null, true, 0, -0, NaN, Infinity, 1.5, 'str', 10n]) {
  const c = structuredClone(v);
  console.log(typeof c, Object.is(c, v));
}
const w = [new Number(3), new String('s'), new Boolean(false), Object(5n)];
for (const v of w) {
  const c = structuredClone(v);
  console.log(Object.prototype.toString.call(c), c.valueOf(), c !== v);
}
