// Own properties (with attributes, length and name of functions) of every ECMAScript built-in
// constructor/namespace and its prototype, plus the intrinsic prototypes reached via instances.
const ecma = ['Object','Function','Array','Number','Boolean','String','Symbol','Date','Promise','RegExp','Error','AggregateError','EvalError','RangeError','ReferenceError','SyntaxError','TypeError','URIError','JSON','Math','ArrayBuffer','Atomics','Uint8Array','Int8Array','Uint16Array','Int16Array','Uint32Array','Int32Array','Float16Array','Float32Array','Float64Array','Uint8ClampedArray','BigUint64Array','BigInt64Array','DataView','Map','BigInt','Set','WeakMap','WeakSet','Proxy','Reflect','FinalizationRegistry','WeakRef','SharedArrayBuffer','Iterator','DisposableStack','AsyncDisposableStack','SuppressedError'];
const globals = ['parseFloat','parseInt','Infinity','NaN','undefined','globalThis','decodeURI','decodeURIComponent','encodeURI','encodeURIComponent','escape','unescape','eval','isFinite','isNaN'];
const out = [];
function desc(path, o) {
  for (const k of Reflect.ownKeys(o)) {
    const name = typeof k === 'symbol' ? `[${k.description}]` : k;
    const d = Object.getOwnPropertyDescriptor(o, k);
    const attrs = (d.get ? 'get' : '') + (d.set ? 'set' : '') + ('value' in d ? (d.writable ? 'w' : '-') : '') + (d.enumerable ? 'e' : '-') + (d.configurable ? 'c' : '-');
    let extra = '';
    if (typeof d.value === 'function') extra = ` fn(${d.value.length},${d.value.name})`;
    else if (d.value !== null && typeof d.value === 'object') extra = ' object';
    else if (k !== 'constructor' && 'value' in d && typeof d.value !== 'function') extra = ' ' + String(typeof d.value === 'symbol' ? 'symbol' : d.value);
    out.push(`${path}.${name} ${attrs}${extra}`);
  }
}
for (const n of globals) out.push(`global ${n} ${n in globalThis ? 'present' : 'MISSING'}`);
for (const n of ecma) {
  if (!(n in globalThis)) { out.push(`${n} MISSING`); continue; }
  const C = globalThis[n];
  desc(n, C);
  if (typeof C === 'function' && C.prototype) desc(n + '.prototype', C.prototype);
}
const intr = {
  '%ArrayIteratorPrototype%': Object.getPrototypeOf([][Symbol.iterator]()),
  '%IteratorPrototype%': Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
  '%MapIteratorPrototype%': Object.getPrototypeOf(new Map()[Symbol.iterator]()),
  '%SetIteratorPrototype%': Object.getPrototypeOf(new Set()[Symbol.iterator]()),
  '%StringIteratorPrototype%': Object.getPrototypeOf(''[Symbol.iterator]()),
  '%RegExpStringIteratorPrototype%': Object.getPrototypeOf(/a/[Symbol.matchAll]('')),
  '%GeneratorFunction.prototype%': Object.getPrototypeOf(function*(){}),
  '%GeneratorPrototype%': Object.getPrototypeOf(function*(){}).prototype,
  '%AsyncFunction.prototype%': Object.getPrototypeOf(async function(){}),
  '%TypedArray%': Object.getPrototypeOf(Uint8Array),
  '%TypedArray.prototype%': Object.getPrototypeOf(Uint8Array).prototype,
};
for (const [k, v] of Object.entries(intr)) desc(k, v);
try { const AG = Object.getPrototypeOf(eval('(async function*(){})')); desc('%AsyncGeneratorFunction.prototype%', AG); desc('%AsyncGeneratorPrototype%', AG.prototype); desc('%AsyncIteratorPrototype%', Object.getPrototypeOf(AG.prototype)); } catch (e) { out.push('async generators: ' + e.constructor.name); }
console.log(out.join('\n'));
