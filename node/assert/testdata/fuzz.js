'use strict';
// Randomized differential cases (fixed seeds): loose/strict/partial results and messages of
// generated pairs, recorded from Node v24.21.0 into fuzz.golden.
{
const assert = require('assert');
let seed = 1;
const E = (C) => { const e = new C('e'); Object.defineProperty(e, 'stack', { value: C.name + ': e\n    at fixed (f.js:1:1)', writable: true, configurable: true }); return e; };
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const prims = () => [1, '1', true, false, null, undefined, 0, '', -0, NaN, 1n, 0n, Symbol.for('a'), 'a', 2];
const objs = () => [new Number(1), new String('1'), new Boolean(false), new Date(0), new Date(1), /a/g, /a/, new Uint8Array([1]), new Int8Array([1]), new Float64Array([0]), new Float64Array([-0]), E(Error), E(TypeError), Object.create(null), []];
function gen(d) {
  const k = rnd();
  if (d > 2 || k < 0.35) return pick(prims());
  if (k < 0.45) return pick(objs());
  if (k < 0.6) return Array.from({ length: Math.floor(rnd() * 4) }, () => gen(d + 1));
  if (k < 0.7) return new Map(Array.from({ length: Math.floor(rnd() * 3) }, () => [rnd() < 0.3 ? gen(d + 1) : pick(prims()), gen(d + 1)]));
  if (k < 0.8) return new Set(Array.from({ length: Math.floor(rnd() * 3) }, () => gen(d + 1)));
  const o = {};
  for (let i = Math.floor(rnd() * 4); i > 0; i--) o[pick(['a', 'b', 'c'])] = gen(d + 1);
  return o;
}
function twin(v, d) {
  // a structurally similar value, with chances of loose/strict differences
  if (rnd() < 0.15) return gen(d);
  if (v === null || typeof v !== 'object') {
    if (rnd() < 0.3) { const alts = { 1: ['1', true, 1n], '1': [1, true], true: [1, '1'], false: [0, ''], 0: ['', false, -0, 0n], '': [0, false] }; const a = alts[String(v)]; if (a) return pick(a); }
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => twin(x, d + 1));
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [rnd() < 0.5 ? k : twin(k, d + 1), twin(x, d + 1)]));
  if (v instanceof Set) return new Set([...v].map((x) => twin(x, d + 1)));
  if (Object.getPrototypeOf(v) === Object.prototype) { const o = {}; for (const k of Object.keys(v)) o[k] = twin(v[k], d + 1); return o; }
  return rnd() < 0.5 ? v : pick(objs());
}
for (const s of [1, 2]) {
seed = s;
for (let i = 0; i < 200; i++) {
  const a = gen(0);
  const b = twin(a, 0);
  const line = [i];
  for (const fn of ['deepEqual', 'deepStrictEqual', 'partialDeepStrictEqual', 'notDeepEqual']) {
    try { assert[fn](a, b); line.push('ok'); } catch (e) { line.push(JSON.stringify(e.message)); }
  }
  console.log(line.join(' | '));
}
}
}
{
let seed = 1;
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
function gen(d) {
  const k = rnd();
  if (d > 3 || k < 0.4) return pick([1, 2, 'a', 'b', 'long string value here', null, undefined, true, 0, -0, NaN, 3.5]);
  if (k < 0.6) return Array.from({ length: Math.floor(rnd() * 8) }, () => gen(d + 1));
  if (k < 0.7) return new Map(Array.from({ length: Math.floor(rnd() * 4) }, () => [pick(['x', 'y', 1]), gen(d + 1)]));
  if (k < 0.75) return new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => gen(d + 1)));
  const o = {};
  for (let i = Math.floor(rnd() * 6); i > 0; i--) o[pick(['a', 'b', 'c', 'd', 'e', 'f', 'g'])] = gen(d + 1);
  return o;
}
function mutate(v, d) {
  if (v === null || typeof v !== 'object' || rnd() < 0.2) return rnd() < 0.5 ? gen(d) : v;
  if (Array.isArray(v)) { const c = v.map((x) => (rnd() < 0.3 ? mutate(x, d + 1) : x)); if (rnd() < 0.3) c.splice(Math.floor(rnd() * (c.length + 1)), 0, gen(d + 1)); if (rnd() < 0.2) c.pop(); return c; }
  if (v instanceof Map || v instanceof Set) return v;
  const c = { ...v };
  for (const k of Object.keys(c)) if (rnd() < 0.3) c[k] = mutate(c[k], d + 1);
  if (rnd() < 0.3) c[pick(['a', 'h', 'z'])] = gen(d + 1);
  if (rnd() < 0.2) delete c[pick(Object.keys(c).concat(['a']))];
  return c;
}
for (const s of [3, 4]) {
seed = s;
for (let i = 0; i < 100; i++) {
  const a = gen(0);
  const b = mutate(a, 0);
  for (const fn of ['deepStrictEqual', 'deepEqual', 'partialDeepStrictEqual', 'notDeepStrictEqual', 'strictEqual']) {
    try { assert[fn](a, b); console.log(i, fn, 'ok'); } catch (e) { console.log(i, fn, JSON.stringify(e.message)); }
  }
}
}
}
