'use strict';
// internal/util/comparisons: the deep equality behind assert.deepEqual (loose),
// assert.deepStrictEqual / util.isDeepStrictEqual (strict) and assert.partialDeepStrictEqual
// (partial: every part of `expected` must be found in `actual`).

const { types } = require('internal/util/inspect');
const {
  isDate, isRegExp, isMap, isSet, isArrayBufferView, isAnyArrayBuffer, isNativeError,
  isBoxedPrimitive, isNumberObject, isStringObject, isBooleanObject, isBigIntObject,
  isSymbolObject, isWeakMap, isWeakSet, isPromise, isFloat32Array, isFloat64Array,
} = types;

const LOOSE = 0;
const STRICT = 1;
const PARTIAL = 2;
const STRICT_ANY_PROTO = 3; // strict, but prototypes are not compared (skipPrototype)

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const toTag = (o) => Object.prototype.toString.call(o);
const isFloat16Array = types.isFloat16Array || (() => false);
// The engine's element type of a typed array (own Symbol.toStringTag properties do not count).
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
function viewKind(v) {
  return types.isTypedArray(v) ? typedArrayTag.call(v) : 'DataView';
}

function isErrorLike(v) {
  return isNativeError(v) || v instanceof Error;
}

// Constructors whose instances are compared by constructor rather than by prototype when
// `constructor` is inherited: a same-realm built-in is enough to tell the kinds apart.
const builtinCtors = new Set([Array, ArrayBuffer, Boolean, DataView, Date, Error, EvalError,
  Float32Array, Float64Array, Function, Int16Array, Int32Array, Int8Array, Map, Number, Object,
  Promise, RangeError, ReferenceError, RegExp, Set, String, Symbol, SyntaxError, TypeError,
  URIError, Uint16Array, Uint32Array, Uint8Array, Uint8ClampedArray, WeakMap, WeakSet]);

// Own keys that are not array indices, enumerable only; symbols unless loose.
function nonIndexKeys(obj, withSymbols) {
  const out = [];
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    if (!isIndex(keys[i])) out.push(keys[i]);
  }
  if (withSymbols) {
    for (const s of Object.getOwnPropertySymbols(obj)) {
      if (isEnumerable(obj, s)) out.push(s);
    }
  }
  return out;
}

function isIndex(k) {
  if (k.length === 0 || k.length > 10) return false;
  const c = k.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && k.length > 1)) return false;
  for (let i = 1; i < k.length; i++) {
    const d = k.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return +k < 4294967295;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = bytesOf(a);
  const y = bytesOf(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameFloatValues(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Every element of `expected` in `actual`, in order (elements compared with Object.is).
function subsequence(actual, expected) {
  let pos = 0;
  for (let i = 0; i < expected.length; i++) {
    while (pos < actual.length && !Object.is(actual[pos], expected[i])) pos++;
    if (pos >= actual.length) return false;
    pos++;
  }
  return true;
}

function sameBuffer(a, b, mode) {
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  if (mode === PARTIAL && x.length !== y.length) return subsequence(x, y);
  if (x.length !== y.length) return false;
  for (let i = 0; i < y.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function sameBoxed(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  if (isStringObject(a)) return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  if (isSymbolObject(a)) return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  return false;
}

function equalValues(a, b, mode, memo) {
  if (a === b) return a !== 0 || Object.is(a, b) || mode === LOOSE;
  if (mode === LOOSE) {
    if (a === null || typeof a !== 'object') {
      if (b !== null && typeof b === 'object') return false;
      // eslint-disable-next-line eqeqeq
      return a == b || (Number.isNaN(a) && Number.isNaN(b));
    }
    if (b === null || typeof b !== 'object') return false;
  } else {
    if (typeof a === 'number') return Number.isNaN(a) && Number.isNaN(b);
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  }
  return equalObjects(a, b, mode, memo);
}

const NO_ITER = 0;
const ARRAY = 1;
const SET = 2;
const MAP = 3;

// Cycles. The first two pairs on the path are kept as pairs: meeting the first `a` again is
// equal only with its own partner. From the third level on, all objects entered (on either
// side) go into one set: a pair whose two objects are both in it is taken as equal, a pair with
// only one of them in it as unequal.
function equalObjects(a, b, mode, memo) {
  if (memo === undefined) {
    memo = { set: undefined, a, b, c: undefined, d: undefined, deep: false };
    return compareObjects(a, b, mode, memo);
  }
  if (memo.set === undefined) {
    if (memo.deep === false) {
      if (memo.a === a) return memo.b === b;
      if (memo.b === b) return false;
      memo.c = a;
      memo.d = b;
      memo.deep = true;
      const r = compareObjects(a, b, mode, memo);
      memo.deep = false;
      return r;
    }
    memo.set = new Set([memo.a, memo.b, memo.c, memo.d]);
  }
  const set = memo.set;
  const before = set.size;
  set.add(a);
  set.add(b);
  if (before !== set.size - 2) return before === set.size;
  const result = compareObjects(a, b, mode, memo);
  set.delete(a);
  set.delete(b);
  return result;
}

// Node's isURL test: a WHATWG URL rather than a legacy url.parse() result
function isURLLike(v) {
  return Boolean(v?.href && v.protocol && v.auth === undefined && v.path === undefined);
}

function compareObjects(a, b, mode, memo) {
  if (mode === STRICT) {
    const ctor = a.constructor;
    if (builtinCtors.has(ctor) || (ctor !== undefined && !hasOwn(a, 'constructor'))) {
      if (ctor !== b.constructor) return false;
    } else if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
      return false;
    }
  }
  const tag = toTag(a);
  if (tag !== toTag(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return false;
    if (a.length !== b.length && (mode !== PARTIAL || a.length < b.length)) return false;
    const keysB = nonIndexKeys(b, mode !== LOOSE);
    if (mode !== PARTIAL && keysB.length !== nonIndexKeys(a, mode !== LOOSE).length) return false;
    return checkKeys(a, b, mode, memo, ARRAY, keysB);
  }
  if (tag === '[object Object]') {
    // (only a boxed primitive with an own Symbol.toStringTag of 'Object' gets here)
    if ((Symbol.toStringTag in a && isBoxedPrimitive(a)) || (Symbol.toStringTag in b && isBoxedPrimitive(b))) {
      // a boxed primitive whose toStringTag was changed
      if (!sameBoxed(a, b)) return false;
    }
    return checkKeys(a, b, mode, memo, NO_ITER);
  }
  if (isURLLike(a)) {
    // a URL keeps its state out of sight: URLs compare by href, as in Node
    if (!isURLLike(b) || a.href !== b.href) return false;
  } else if (isDate(a)) {
    if (!isDate(b) || !Object.is(Date.prototype.getTime.call(a), Date.prototype.getTime.call(b))) return false;
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b) || viewKind(a) !== viewKind(b)) return false;
    if (mode === PARTIAL && a.byteLength !== b.byteLength) {
      if (toTag(a) !== toTag(b)) return false;
      if (!(types.isDataView(a) ? subsequence(bytesOf(a), bytesOf(b)) : subsequence(a, b))) return false;
    } else if (mode === LOOSE && (isFloat32Array(a) || isFloat64Array(a) || isFloat16Array(a))) {
      if (!sameFloatValues(a, b)) return false;
    } else if (!sameBytes(a, b)) {
      return false;
    }
    const keysB = nonIndexKeys(b, mode !== LOOSE);
    if (mode !== PARTIAL && keysB.length !== nonIndexKeys(a, mode !== LOOSE).length) return false;
    return checkKeys(a, b, mode, memo, NO_ITER, keysB);
  } else if (isSet(a)) {
    if (!isSet(b) || (a.size !== b.size && (mode !== PARTIAL || a.size < b.size))) return false;
    return checkKeys(a, b, mode, memo, SET);
  } else if (isMap(a)) {
    if (!isMap(b) || (a.size !== b.size && (mode !== PARTIAL || a.size < b.size))) return false;
    return checkKeys(a, b, mode, memo, MAP);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameBuffer(a, b, mode)) return false;
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || !sameErrorParts(a, b, mode, memo)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) || isDate(b) ||
             isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) || isErrorLike(b)) {
    return false;
  } else if (isWeakMap(a) || isWeakSet(a) || isPromise(a)) {
    // their contents cannot be seen: only the same object is equal
    return false;
  }
  return checkKeys(a, b, mode, memo, NO_ITER);
}

// Errors keep message and name (and often cause, errors) as own non-enumerable properties.
function sameErrorParts(a, b, mode, memo) {
  if (mode === PARTIAL) {
    // only what the expected error has of its own
    if (hasOwn(b, 'message') && a.message !== b.message) return false;
    if (a.name !== b.name) return false;
    for (const key of ['cause', 'errors']) {
      if (!hasOwn(b, key) || isEnumerable(b, key)) continue;
      if (!hasOwn(a, key) || !equalValues(a[key], b[key], mode, memo)) return false;
    }
    return true;
  }
  if (a.message !== b.message || a.name !== b.name) return false;
  for (const key of ['message', 'name']) {
    if (isEnumerable(a, key) !== isEnumerable(b, key)) return false;
  }
  for (const key of ['cause', 'errors']) {
    const enumA = isEnumerable(a, key);
    if (enumA !== isEnumerable(b, key)) return false;
    if (enumA) continue; // compared with the other keys
    const hasA = hasOwn(a, key);
    if (mode === PARTIAL && !hasOwn(b, key)) continue;
    if (hasA !== hasOwn(b, key)) return false;
    if (hasA && !equalValues(a[key], b[key], mode, memo)) return false;
  }
  return true;
}

function checkKeys(a, b, mode, memo, kind, keysB) {
  const arrayLike = keysB !== undefined;
  if (keysB === undefined) keysB = Object.keys(b);
  for (let i = 0; i < keysB.length; i++) {
    if (!isEnumerable(a, keysB[i])) return false;
  }
  if (!arrayLike) {
    if (mode !== PARTIAL && keysB.length !== Object.keys(a).length) return false;
    if (mode !== LOOSE) {
      const symsB = Object.getOwnPropertySymbols(b);
      let countB = 0;
      for (let i = 0; i < symsB.length; i++) {
        const s = symsB[i];
        if (isEnumerable(b, s)) {
          if (!isEnumerable(a, s)) return false;
          keysB.push(s);
          countB++;
        }
      }
      if (mode === STRICT || mode === STRICT_ANY_PROTO) {
        let countA = 0;
        const symsA = Object.getOwnPropertySymbols(a);
        for (let i = 0; i < symsA.length; i++) {
          const s = symsA[i];
          if (isEnumerable(a, s)) {
            if (!isEnumerable(b, s)) return false;
            countA++;
          }
        }
        if (countA !== countB) return false;
      }
    }
  }
  if (keysB.length === 0 &&
      (kind === NO_ITER || (kind === ARRAY && b.length === 0) || (kind !== ARRAY && b.size === 0))) {
    return true;
  }

  return compareEntries(a, b, mode, keysB, memo, kind);
}

function compareEntries(a, b, mode, keysB, memo, kind) {
  for (let i = 0; i < keysB.length; i++) {
    const k = keysB[i];
    if (!equalValues(a[k], b[k], mode, memo)) return false;
  }
  if (kind === ARRAY) {
    return mode === PARTIAL ? partialArrayEquiv(a, b, memo) : arrayEquiv(a, b, mode, memo);
  }
  if (kind === SET) return setEquiv(a, b, mode, memo);
  if (kind === MAP) return mapEquiv(a, b, mode, memo);
  return true;
}

function arrayEquiv(a, b, mode, memo) {
  for (let i = 0; i < a.length; i++) {
    if (hasOwn(a, i)) {
      if (!hasOwn(b, i)) return false;
      // Node 24 in loose mode lets a null in the expected array stand for any element
      if (mode === LOOSE && b[i] === null) continue;
      if (!equalValues(a[i], b[i], mode, memo)) return false;
    } else if (hasOwn(b, i)) {
      return false;
    } else {
      // sparse: compare the remaining own keys
      const ka = Object.keys(a);
      const kb = Object.keys(b);
      if (ka.length !== kb.length) return false;
      for (const k of ka) {
        if (!hasOwn(b, k) || !equalValues(a[k], b[k], mode, memo)) return false;
      }
      return true;
    }
  }
  return true;
}

// Every element of `expected` (b) in `actual` (a), in order.
function partialArrayEquiv(a, b, memo) {
  // Walk own indices only: holes in expected ask for nothing and holes in actual match nothing,
  // and huge sparse arrays stay cheap.
  const ia = ownIndices(a);
  const ib = ownIndices(b);
  let pos = 0;
  for (let i = 0; i < ib.length; i++) {
    const want = b[ib[i]];
    while (pos < ia.length && !equalValues(a[ia[pos]], want, PARTIAL, memo)) pos++;
    if (pos >= ia.length) return false;
    pos++;
  }
  return true;
}

function ownIndices(arr) {
  const keys = Object.keys(arr);
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    if (isIndex(keys[i])) out.push(keys[i]);
  }
  return out;
}

function isObj(v) {
  return typeof v === 'object' && v !== null;
}

// The primitive a loosely-equal entry could have, or true/false when the answer is already known.
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // falls through
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMayHaveLoose(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt === true && typeof prim !== 'number') {
    // a string, boolean or bigint whose number is in both sets: that number is matched already
    const num = Number(prim);
    if (a.has(num) && b.has(num)) return false;
  }
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMayHaveLoose(a, b, prim, item, memo) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const inB = b.get(alt);
  if ((inB === undefined && !b.has(alt)) || !equalValues(item, inB, LOOSE, memo)) return false;
  return !a.has(alt) && equalValues(item, inB, LOOSE, memo);
}

// Takes from pool (values of the first collection) one equal to v (of the second).
function takeEqual(pool, v, mode, memo, poolFirst = true) {
  for (const cand of pool) {
    if (poolFirst ? equalValues(cand, v, mode, memo) : equalValues(v, cand, mode, memo)) {
      pool.delete(cand);
      return true;
    }
  }
  return false;
}

function setEquiv(a, b, mode, memo) {
  if (mode === PARTIAL) {
    let pool = null;
    for (const v of b) {
      if (isObj(v)) {
        if (pool === null) pool = new Set();
        pool.add(v);
      } else if (!a.has(v)) {
        return false;
      }
    }
    if (pool === null) return true;
    for (const v of a) {
      if (isObj(v) && takeEqual(pool, v, mode, memo, false) && pool.size === 0) return true;
    }
    return pool.size === 0;
  }
  let pool = null;
  for (const v of a) {
    if (isObj(v)) {
      if (pool === null) pool = new Set();
      pool.add(v);
    } else if (!b.has(v)) {
      if (mode !== LOOSE) return false;
      if (!setMayHaveLoose(a, b, v)) return false;
      if (pool === null) pool = new Set();
      pool.add(v);
    }
  }
  if (pool === null) return true;
  for (const v of b) {
    if (isObj(v)) {
      if (!takeEqual(pool, v, mode, memo)) return false;
    } else if (mode === LOOSE && !a.has(v) && !takeEqual(pool, v, mode, memo)) {
      return false;
    }
  }
  return pool.size === 0;
}

function takeEqualEntry(pool, map, key, item, mode, memo) {
  for (const cand of pool) {
    if (equalValues(key, cand, mode, memo) && equalValues(item, map.get(cand), mode, memo)) {
      pool.delete(cand);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, mode, memo) {
  if (mode === PARTIAL) {
    let pool = null;
    for (const [k, v] of b) {
      if (isObj(k)) {
        if (pool === null) pool = new Set();
        pool.add(k);
      } else if (!a.has(k) || !equalValues(a.get(k), v, mode, memo)) {
        return false;
      }
    }
    if (pool === null) return true;
    for (const [k, v] of a) {
      if (isObj(k) && takeEqualEntry(pool, b, k, v, mode, memo) && pool.size === 0) return true;
    }
    return pool.size === 0;
  }
  let pool = null;
  for (const [k, v1] of a) {
    if (isObj(k)) {
      if (pool === null) pool = new Set();
      pool.add(k);
    } else {
      const v2 = b.get(k);
      if ((v2 === undefined && !b.has(k)) || !equalValues(v1, v2, mode, memo)) {
        if (mode !== LOOSE) return false;
        if (!mapMayHaveLoose(a, b, k, v1, memo)) return false;
        if (pool === null) pool = new Set();
        pool.add(k);
      }
    }
  }
  if (pool === null) return true;
  for (const [k, v] of b) {
    if (isObj(k)) {
      if (!takeEqualEntry(pool, a, k, v, mode, memo)) return false;
    } else if (mode === LOOSE && (!a.has(k) || !equalValues(a.get(k), v, mode, memo)) &&
               !takeEqualEntry(pool, a, k, v, mode, memo)) {
      return false;
    }
  }
  return pool.size === 0;
}

function isDeepEqual(a, b) {
  return equalValues(a, b, LOOSE);
}

function isDeepStrictEqual(a, b, skipPrototype) {
  return equalValues(a, b, skipPrototype ? STRICT_ANY_PROTO : STRICT);
}

function isPartialStrictEqual(actual, expected) {
  return equalValues(actual, expected, PARTIAL);
}

module.exports = { isDeepEqual, isDeepStrictEqual, isPartialStrictEqual };
