'use strict';
// The JS halves of the ECMAScript built-ins Node 24 (V8 13.6) has and the engine lacks. This
// file is compiled only when a program first calls one of them: at start-up the Go binding
// installs native stubs with V8's names and lengths on the intrinsics (language.go), and
// each stub calls the function exported here under "<Owner>.<name>". Objects made here (the
// Iterator, WeakRef... constructors and their prototypes) get their methods through `native`,
// which wraps them the same way. Error texts are V8's.

const b = internalBinding('internal/language');
const { native } = b;

const P = b.primordials;
const {
  ObjectDefineProperty, ObjectCreate, ReflectApply, SetHas, SetAdd, SetDelete, SetValues, SetSize,
  SetIteratorNext, MapGet, MapSet, ArrayPush, WeakMapGet, WeakMapSet,
} = P;
const SetCtor = P.Set;
const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const IteratorPrototype = Object.getPrototypeOf(ArrayIteratorPrototype);
const SetPrototype = SetCtor.prototype;

// A WeakMap whose methods cannot be changed by user code.
class SafeWeakMap extends P.WeakMap {
  get(k) { return ReflectApply(WeakMapGet, this, [k]); }
  set(k, v) { ReflectApply(WeakMapSet, this, [k, v]); return this; }
}

// Intrinsics that exist before this file runs: their methods are Go stubs calling exports.
const owners = new P.Map([
  [Object, 'Object'], [Map, 'Map'], [Promise, 'Promise'], [Array, 'Array'], [SetPrototype, 'Set.prototype'],
  [IteratorPrototype, 'IteratorPrototype'], [String.prototype, 'String.prototype'],
  [Object.prototype, 'Object.prototype'], [Date.prototype, 'Date.prototype'], [DataView.prototype, 'DataView.prototype'],
]);

function method(obj, name, fn, length, key) {
  const owner = ReflectApply(MapGet, owners, [obj]);
  if (owner !== undefined) {
    exports[`${owner}.${name}`] = fn;
    return;
  }
  ObjectDefineProperty(obj, key === undefined ? name : key, {
    __proto__: null, value: native(fn, name, length), writable: true, enumerable: false, configurable: true,
  });
}

function getter(obj, key, name, fn) {
  ObjectDefineProperty(obj, key, { __proto__: null, get: native(fn, `get ${name}`, 0), enumerable: false, configurable: true });
}

function isObject(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

// V8's rendering of a value in "x is not a function"-style messages of its built-ins.
function describe(v) {
  switch (typeof v) {
    case 'string': return `string "${v}"`;
    case 'number': return `number ${v}`;
    case 'boolean': return `boolean ${v}`;
    case 'bigint': return `bigint ${v}`;
    case 'symbol': return `symbol ${String(v)}`;
    case 'undefined': return 'undefined';
    case 'function': return String(v);
    default: return v === null ? 'object null' : objectTag(v);
  }
}

// V8 names the receiver by its map's constructor: read data properties only, no getters.
function objectTag(o) {
  if (Array.isArray(o)) return String(o);
  let name;
  for (let p = o; p !== null && name === undefined; p = P.ObjectGetPrototypeOf(p)) {
    const d = P.ObjectGetOwnPropertyDescriptor(p, 'constructor');
    if (d === undefined) continue;
    if (!('value' in d) || typeof d.value !== 'function') break;
    const n = P.ObjectGetOwnPropertyDescriptor(d.value, 'name');
    name = n && typeof n.value === 'string' ? n.value : undefined;
    break;
  }
  return `#<${typeof name === 'string' && name !== '' ? name : 'Object'}>`;
}

function requireCallable(fn, text) {
  if (typeof fn !== 'function') throw new TypeError(text === undefined ? `${describe(fn)} is not a function` : text);
  return fn;
}

function requireObjectCoercible(v, what) {
  if (v === null || v === undefined) throw new TypeError(`${what} called on null or undefined`);
}

function getIterator(obj) {
  const m = obj == null ? undefined : obj[Symbol.iterator];
  if (typeof m !== 'function') {
    throw new TypeError(`${describe(obj)} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }
  const it = ReflectApply(m, obj, []);
  if (!isObject(it)) throw new TypeError(`Result of the Symbol.iterator method is not an object`);
  return { iterator: it, next: it.next };
}

function iteratorStep(rec) {
  const r = ReflectApply(rec.next, rec.iterator, []);
  if (!isObject(r)) throw new TypeError(`Iterator result ${describe(r).replace(/^(number|string|boolean) /, '')} is not an object`);
  return r;
}

function iteratorClose(it) {
  const ret = it.return;
  if (ret !== undefined && ret !== null) {
    const r = ReflectApply(ret, it, []);
    if (!isObject(r)) throw new TypeError(`Iterator result ${describe(r)} is not an object`);
  }
}

function closeOnThrow(it, fn) {
  try {
    return fn();
  } catch (e) {
    try { iteratorClose(it); } catch { /* the first error wins */ }
    throw e;
  }
}

// ---------------------------------------------------------------- Object.groupBy, Map.groupBy (array-grouping)
function groupBy(items, callback, what, toMap) {
  requireObjectCoercible(items, what);
  if (typeof callback !== 'function') throw new TypeError(`${describe(callback).replace(/^(number|string|boolean) /, '')} is not a function`);
  const groups = new P.Map();
  const keys = [];
  const rec = getIterator(items);
  let k = 0;
  for (;;) {
    const r = iteratorStep(rec);
    if (r.done) break;
    const value = r.value;
    let key = closeOnThrow(rec.iterator, () => callback(value, k));
    if (!toMap) {
      key = typeof key === 'symbol' ? key : `${key}`;
    } else if (key === 0) {
      key = 0; // -0 becomes +0
    }
    let g = ReflectApply(MapGet, groups, [key]);
    if (g === undefined) {
      g = [];
      ReflectApply(MapSet, groups, [key, g]);
      ReflectApply(ArrayPush, keys, [key]);
    }
    ReflectApply(ArrayPush, g, [value]);
    k++;
  }
  if (toMap) return groups;
  const obj = ObjectCreate(null);
  for (const key of keys) {
    ObjectDefineProperty(obj, key, { __proto__: null, value: ReflectApply(MapGet, groups, [key]), writable: true, enumerable: true, configurable: true });
  }
  return obj;
}
method(Object, 'groupBy', function groupByObject(items, callback) { return groupBy(items, callback, 'Object.groupBy', false); }, 2);
method(Map, 'groupBy', function groupByMap(items, callback) { return groupBy(items, callback, 'Map.groupBy', true); }, 2);

// ---------------------------------------------------------------- Promise.withResolvers, Promise.try
function newCapability(C) {
  let resolve;
  let reject;
  const promise = new C((res, rej) => {
    if (resolve !== undefined || reject !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
    resolve = res;
    reject = rej;
  });
  if (typeof resolve !== 'function') throw new TypeError(`Promise resolve or reject function is not callable`);
  if (typeof reject !== 'function') throw new TypeError(`Promise resolve or reject function is not callable`);
  return { promise, resolve, reject };
}

function requireConstructor(C) {
  if (typeof C !== 'function') throw new TypeError(`${describe(C).replace(/^(number|string|boolean) /, '')} is not a constructor`);
  try {
    Reflect.construct(String, [], C);
  } catch {
    throw new TypeError(`${objectTag(C)} is not a constructor`);
  }
}

method(Promise, 'withResolvers', function withResolvers() {
  if (!isObject(this)) throw new TypeError('Promise.withResolvers called on non-object');
  if (typeof this !== 'function') throw new TypeError(`${objectTag(this)} is not a constructor`);
  return newCapability(this);
}, 0);

method(Promise, 'try', function tryFn(callback, ...args) {
  if (!isObject(this)) throw new TypeError('Promise.try called on non-object');
  if (typeof this !== 'function') throw new TypeError(`${objectTag(this)} is not a constructor`);
  const cap = newCapability(this);
  try {
    const v = ReflectApply(callback, undefined, args);
    cap.resolve(v);
  } catch (e) {
    cap.reject(e);
  }
  return cap.promise;
}, 1);

// ---------------------------------------------------------------- Array.fromAsync
method(Array, 'fromAsync', function fromAsync(asyncItems, mapfn, thisArg) {
  const C = this;
  return new Promise((resolve, reject) => {
    if (mapfn !== undefined && typeof mapfn !== 'function') throw new TypeError(`${describe(mapfn).replace(/^(number|string|boolean) /, '')} is not a function`);
    let usingAsync = asyncItems == null ? undefined : asyncItems[Symbol.asyncIterator];
    let usingSync;
    if (usingAsync == null) {
      usingAsync = undefined;
      usingSync = asyncItems == null ? undefined : asyncItems[Symbol.iterator];
      if (usingSync == null) usingSync = undefined;
    }
    const isCtor = typeof C === 'function' && isConstructor(C);
    if (usingAsync !== undefined || usingSync !== undefined) {
      const A = isCtor ? new C() : [];
      const it = usingAsync !== undefined ? ReflectApply(usingAsync, asyncItems, []) : ReflectApply(usingSync, asyncItems, []);
      if (!isObject(it)) throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
      const next = it.next;
      let k = 0;
      const fail = (e) => {
        if (usingAsync === undefined || true) {
          try {
            const r = it.return;
            if (r != null) {
              const p = ReflectApply(r, it, []);
              if (usingAsync !== undefined) { Promise.resolve(p).then(() => reject(e), () => reject(e)); return; }
            }
          } catch { /* the first error wins */ }
        }
        reject(e);
      };
      const step = () => {
        let result;
        try {
          result = ReflectApply(next, it, []);
        } catch (e) { reject(e); return; }
        const onResult = (r) => {
          if (!isObject(r)) { reject(new TypeError(`Iterator result ${describe(r).replace(/^(number|string|boolean) /, '')} is not an object`)); return; }
          if (r.done) {
            try { A.length = k; } catch (e) { reject(e); return; }
            resolve(A);
            return;
          }
          const got = (v) => {
            let mapped = v;
            const store = (m) => {
              try {
                ObjectDefineProperty(A, k, { __proto__: null, value: m, writable: true, enumerable: true, configurable: true });
              } catch (e) { fail(e); return; }
              k++;
              step();
            };
            if (mapfn !== undefined) {
              try { mapped = ReflectApply(mapfn, thisArg, [v, k]); } catch (e) { fail(e); return; }
              Promise.resolve(mapped).then(store, fail);
            } else {
              store(mapped);
            }
          };
          if (usingAsync === undefined) Promise.resolve(r.value).then(got, fail);
          else got(r.value);
        };
        if (usingAsync !== undefined) Promise.resolve(result).then(onResult, reject);
        else onResult(result);
      };
      step();
      return;
    }
    // array-like
    const arrayLike = Object(asyncItems);
    const len = toLength(arrayLike.length);
    const A = isCtor ? new C(len) : new Array(len);
    let k = 0;
    const step = () => {
      if (k >= len) {
        try { A.length = len; } catch (e) { reject(e); return; }
        resolve(A);
        return;
      }
      Promise.resolve(arrayLike[k]).then((v) => {
        const store = (m) => {
          try {
            ObjectDefineProperty(A, k, { __proto__: null, value: m, writable: true, enumerable: true, configurable: true });
          } catch (e) { reject(e); return; }
          k++;
          step();
        };
        if (mapfn !== undefined) {
          let m;
          try { m = ReflectApply(mapfn, thisArg, [v, k]); } catch (e) { reject(e); return; }
          Promise.resolve(m).then(store, reject);
        } else {
          store(v);
        }
      }, reject);
    };
    step();
  });
}, 1);

function isConstructor(C) {
  try {
    Reflect.construct(String, [], C);
    return true;
  } catch {
    return false;
  }
}

function toLength(v) {
  let n = Number(v);
  if (Number.isNaN(n) || n <= 0) return 0;
  n = Math.floor(n);
  return Math.min(n, Number.MAX_SAFE_INTEGER);
}

function toIntegerOrInfinity(v) {
  const n = Number(v);
  if (Number.isNaN(n) || n === 0) return 0;
  if (!Number.isFinite(n)) return n;
  return Math.trunc(n);
}

// ---------------------------------------------------------------- Set methods (set-methods)
function thisSet(s, name) {
  try {
    ReflectApply(SetSize, s, []);
  } catch {
    throw new TypeError(`Method Set.prototype.${name} called on incompatible receiver ${describeReceiver(s)}`);
  }
}

function describeReceiver(v) {
  if (isObject(v)) return objectTag(v);
  if (typeof v === 'string') return v;
  return String(v);
}

function getSetRecord(obj, name) {
  if (!isObject(obj)) throw new TypeError(`Set.prototype.${name} argument must be an object`);
  const rawSize = obj.size;
  const numSize = +rawSize;
  if (Number.isNaN(numSize)) throw new TypeError('The .size property is NaN');
  const intSize = toIntegerOrInfinity(numSize);
  if (intSize < 0) throw new RangeError(`'${intSize}' is an invalid size`);
  const has = obj.has;
  if (typeof has !== 'function') throw new TypeError('string "has" is not a function');
  const keys = obj.keys;
  if (typeof keys !== 'function') throw new TypeError('string "keys" is not a function');
  return { set: obj, size: intSize, has, keys };
}

function keysIterator(rec) {
  const it = ReflectApply(rec.keys, rec.set, []);
  if (!isObject(it)) throw new TypeError('Result of the keys method is not an object');
  return { iterator: it, next: it.next };
}

function setValues(s) {
  // a snapshot: the spec walks the live set by index, which an iterator over a copy models for
  // the deletions these methods make themselves
  const out = [];
  const it = ReflectApply(SetValues, s, []);
  for (;;) {
    const r = ReflectApply(SetIteratorNext, it, []);
    if (r.done) return out;
    out.push(r.value);
  }
}

function canon(v) { return v === 0 ? 0 : v; }

// a copy of a set's elements that calls no user-visible method
function copySet(s) {
  const out = new SetCtor();
  for (const v of setValues(s)) ReflectApply(SetAdd, out, [v]);
  return out;
}

// visits the set's elements live, as the spec's index walk does: elements deleted before they
// are reached are skipped, elements added meanwhile are visited
function liveEach(s, fn) {
  const it = ReflectApply(SetValues, s, []);
  for (;;) {
    const r = ReflectApply(SetIteratorNext, it, []);
    if (r.done) return undefined;
    const out = fn(r.value);
    if (out !== undefined) return out;
  }
}

method(SetPrototype, 'union', function union(other) {
  thisSet(this, 'union');
  const rec = getSetRecord(other, 'union');
  const it = keysIterator(rec);
  const result = copySet(this);
  for (;;) {
    const r = iteratorStep(it);
    if (r.done) break;
    ReflectApply(SetAdd, result, [canon(r.value)]);
  }
  return result;
}, 1);

method(SetPrototype, 'intersection', function intersection(other) {
  thisSet(this, 'intersection');
  const rec = getSetRecord(other, 'intersection');
  const result = new SetCtor();
  if (ReflectApply(SetSize, this, []) <= rec.size) {
    liveEach(this, (e) => {
      if (ReflectApply(rec.has, rec.set, [e])) ReflectApply(SetAdd, result, [e]);
    });
  } else {
    const it = keysIterator(rec);
    for (;;) {
      const r = iteratorStep(it);
      if (r.done) break;
      const v = canon(r.value);
      if (ReflectApply(SetHas, this, [v])) ReflectApply(SetAdd, result, [v]);
    }
  }
  return result;
}, 1);

method(SetPrototype, 'difference', function difference(other) {
  thisSet(this, 'difference');
  const rec = getSetRecord(other, 'difference');
  const result = copySet(this);
  if (ReflectApply(SetSize, this, []) <= rec.size) {
    liveEach(this, (e) => {
      if (ReflectApply(rec.has, rec.set, [e])) ReflectApply(SetDelete, result, [e]);
    });
  } else {
    const it = keysIterator(rec);
    for (;;) {
      const r = iteratorStep(it);
      if (r.done) break;
      ReflectApply(SetDelete, result, [canon(r.value)]);
    }
  }
  return result;
}, 1);

method(SetPrototype, 'symmetricDifference', function symmetricDifference(other) {
  thisSet(this, 'symmetricDifference');
  const rec = getSetRecord(other, 'symmetricDifference');
  const it = keysIterator(rec);
  const result = copySet(this);
  for (;;) {
    const r = iteratorStep(it);
    if (r.done) break;
    const v = canon(r.value);
    if (ReflectApply(SetHas, this, [v])) ReflectApply(SetDelete, result, [v]);
    else ReflectApply(SetAdd, result, [v]);
  }
  return result;
}, 1);

method(SetPrototype, 'isSubsetOf', function isSubsetOf(other) {
  thisSet(this, 'isSubsetOf');
  const rec = getSetRecord(other, 'isSubsetOf');
  if (ReflectApply(SetSize, this, []) > rec.size) return false;
  return liveEach(this, (e) => (ReflectApply(rec.has, rec.set, [e]) ? undefined : false)) !== false;
}, 1);

method(SetPrototype, 'isSupersetOf', function isSupersetOf(other) {
  thisSet(this, 'isSupersetOf');
  const rec = getSetRecord(other, 'isSupersetOf');
  if (ReflectApply(SetSize, this, []) < rec.size) return false;
  const it = keysIterator(rec);
  for (;;) {
    const r = iteratorStep(it);
    if (r.done) return true;
    if (!ReflectApply(SetHas, this, [r.value])) {
      iteratorClose(it.iterator);
      return false;
    }
  }
}, 1);

method(SetPrototype, 'isDisjointFrom', function isDisjointFrom(other) {
  thisSet(this, 'isDisjointFrom');
  const rec = getSetRecord(other, 'isDisjointFrom');
  if (ReflectApply(SetSize, this, []) <= rec.size) {
    if (liveEach(this, (e) => (ReflectApply(rec.has, rec.set, [e]) ? false : undefined)) === false) return false;
  } else {
    const it = keysIterator(rec);
    for (;;) {
      const r = iteratorStep(it);
      if (r.done) break;
      if (ReflectApply(SetHas, this, [r.value])) {
        iteratorClose(it.iterator);
        return false;
      }
    }
  }
  return true;
}, 1);

// ---------------------------------------------------------------- Iterator, iterator helpers
// (iterator-helpers)
const Iterator = function Iterator() {
  if (new.target === undefined) throw new TypeError("Constructor Iterator requires 'new'");
  if (new.target === Iterator) throw new TypeError('Abstract class Iterator not directly constructable');
};
b.markNative(Iterator);
ObjectDefineProperty(Iterator, 'prototype', { __proto__: null, value: IteratorPrototype, writable: false, enumerable: false, configurable: false });
exports.Iterator = Iterator;

// Iterator.prototype.constructor and [Symbol.toStringTag] are accessors (web compatibility).
function setterThatIgnoresPrototypeProperties(home, key, value, obj) {
  if (!isObject(obj)) throw new TypeError('Iterator.prototype setter called on non-object');
  if (obj === home) throw new TypeError(`Cannot assign to read only property '${String(key)}' of object '[object Object]'`);
  const d = Object.getOwnPropertyDescriptor(obj, key);
  if (d === undefined) {
    ObjectDefineProperty(obj, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}
exports['IteratorPrototype.set [Symbol.toStringTag]'] = function (v) { setterThatIgnoresPrototypeProperties(IteratorPrototype, Symbol.toStringTag, v, this); };
exports['IteratorPrototype.set constructor'] = function (v) { setterThatIgnoresPrototypeProperties(IteratorPrototype, 'constructor', v, this); };

// %IteratorHelperPrototype%: helpers are generators in spirit; state lives in a WeakMap.
const helperState = new SafeWeakMap();
const IteratorHelperPrototype = ObjectCreate(IteratorPrototype);
method(IteratorHelperPrototype, 'next', function next() {
  const st = helperState.get(this);
  if (st === undefined) throw new TypeError(`Method Iterator Helper.prototype.next called on incompatible receiver ${describeReceiver(this)}`);
  if (st.running) throw new TypeError('Generator is already running');
  if (st.done) return { value: undefined, done: true };
  st.running = true;
  try {
    const r = st.step();
    if (r === DONE) {
      st.done = true;
      return { value: undefined, done: true };
    }
    return { value: r, done: false };
  } catch (e) {
    st.done = true;
    throw e;
  } finally {
    st.running = false;
  }
}, 0);
method(IteratorHelperPrototype, 'return', function return_() {
  const st = helperState.get(this);
  if (st === undefined) throw new TypeError(`Method Iterator Helper.prototype.return called on incompatible receiver ${describeReceiver(this)}`);
  if (st.running) throw new TypeError('Generator is already running');
  if (!st.done) {
    st.done = true;
    if (st.inner !== undefined) {
      const inner = st.inner;
      st.inner = undefined;
      try { iteratorClose(inner); } catch (e) { iteratorClose(st.it); throw e; }
    }
    iteratorClose(st.it);
  }
  return { value: undefined, done: true };
}, 0);
ObjectDefineProperty(IteratorHelperPrototype, Symbol.toStringTag, { __proto__: null, value: 'Iterator Helper', writable: false, enumerable: false, configurable: true });

const DONE = {};

function getIteratorDirect(obj, name) {
  if (!isObject(obj)) throw new TypeError(`Iterator.prototype.${name} called on non-object`);
  return obj;
}

function helper(it, next, step) {
  const h = ObjectCreate(IteratorHelperPrototype);
  helperState.set(h, { it, step, done: false, running: false, inner: undefined });
  return h;
}

function nextResult(it, next) {
  if (typeof next !== 'function') throw new TypeError(`${describe(next)} is not a function`);
  const r = ReflectApply(next, it, []);
  if (!isObject(r)) throw new TypeError(`Iterator result ${describe(r).replace(/^(number|string|boolean) /, '')} is not an object`);
  return r;
}

function closeAndThrow(it, e) {
  try { iteratorClose(it); } catch { /* the first error wins */ }
  throw e;
}

function callbackOrClose(it, fn) {
  if (typeof fn !== 'function') closeAndThrow(it, new TypeError(`${describe(fn)} is not a function`));
}

method(IteratorPrototype, 'map', function map(mapper) {
  const it = getIteratorDirect(this, 'map');
  callbackOrClose(it, mapper);
  const next = it.next;
  let counter = 0;
  return helper(it, next, () => {
    const r = nextResult(it, next);
    if (r.done) return DONE;
    const v = r.value;
    try {
      return mapper(v, counter++);
    } catch (e) { closeAndThrow(it, e); }
  });
}, 1);

method(IteratorPrototype, 'filter', function filter(predicate) {
  const it = getIteratorDirect(this, 'filter');
  callbackOrClose(it, predicate);
  const next = it.next;
  let counter = 0;
  return helper(it, next, () => {
    for (;;) {
      const r = nextResult(it, next);
      if (r.done) return DONE;
      const v = r.value;
      let keep;
      try { keep = predicate(v, counter++); } catch (e) { closeAndThrow(it, e); }
      if (keep) return v;
    }
  });
}, 1);

function toLimit(it, limit) {
  let n;
  try { n = Number(limit); } catch (e) { closeAndThrow(it, e); }
  if (Number.isNaN(n)) closeAndThrow(it, new RangeError(`${String(limit)} must be positive`));
  const i = toIntegerOrInfinity(n);
  if (i < 0) closeAndThrow(it, new RangeError(`${String(limit)} must be positive`));
  return i;
}

method(IteratorPrototype, 'take', function take(limit) {
  const it = getIteratorDirect(this, 'take');
  let remaining = toLimit(it, limit);
  const next = it.next;
  return helper(it, next, () => {
    if (remaining === 0) {
      iteratorClose(it);
      return DONE;
    }
    if (remaining !== Infinity) remaining--;
    const r = nextResult(it, next);
    if (r.done) return DONE;
    return r.value;
  });
}, 1);

method(IteratorPrototype, 'drop', function drop(limit) {
  const it = getIteratorDirect(this, 'drop');
  let remaining = toLimit(it, limit);
  const next = it.next;
  return helper(it, next, () => {
    while (remaining > 0) {
      if (remaining !== Infinity) remaining--;
      const r = nextResult(it, next);
      if (r.done) return DONE;
    }
    const r = nextResult(it, next);
    if (r.done) return DONE;
    return r.value;
  });
}, 1);

function getIteratorFlattenable(obj) {
  if (!isObject(obj)) throw new TypeError(`Iterator.prototype.flatMap called on non-object`);
  let m = obj[Symbol.iterator];
  let it;
  if (m == null) {
    it = obj;
  } else {
    if (typeof m !== 'function') throw new TypeError(`${describe(m)} is not a function`);
    it = ReflectApply(m, obj, []);
  }
  if (!isObject(it)) throw new TypeError(`Iterator.prototype.flatMap called on non-object`);
  return it;
}

method(IteratorPrototype, 'flatMap', function flatMap(mapper) {
  const it = getIteratorDirect(this, 'flatMap');
  callbackOrClose(it, mapper);
  const next = it.next;
  let counter = 0;
  let h;
  const step = () => {
    const st = helperState.get(h);
    for (;;) {
      if (st.inner !== undefined) {
        let r;
        try {
          r = nextResult(st.inner, st.innerNext);
        } catch (e) { st.inner = undefined; closeAndThrow(it, e); }
        if (!r.done) return r.value;
        st.inner = undefined;
      }
      const r = nextResult(it, next);
      if (r.done) return DONE;
      try {
        const mapped = mapper(r.value, counter++);
        st.inner = getIteratorFlattenable(mapped);
        st.innerNext = st.inner.next;
      } catch (e) { closeAndThrow(it, e); }
    }
  };
  h = helper(it, next, step);
  return h;
}, 1);

function consume(it, name, fn) {
  const next = it.next;
  let counter = 0;
  for (;;) {
    const r = nextResult(it, next);
    if (r.done) return undefined;
    const v = r.value;
    let out;
    try { out = fn(v, counter++); } catch (e) { closeAndThrow(it, e); }
    if (out !== undefined) {
      iteratorClose(it);
      return out;
    }
  }
}

method(IteratorPrototype, 'reduce', function reduce(reducer, ...init) {
  const it = getIteratorDirect(this, 'reduce');
  callbackOrClose(it, reducer);
  const next = it.next;
  let acc;
  let counter = 0;
  if (init.length === 0) {
    const r = nextResult(it, next);
    if (r.done) throw new TypeError('Reduce of a done iterator with no initial value');
    acc = r.value;
    counter = 1;
  } else {
    acc = init[0];
  }
  for (;;) {
    const r = nextResult(it, next);
    if (r.done) return acc;
    const v = r.value;
    try { acc = reducer(acc, v, counter++); } catch (e) { closeAndThrow(it, e); }
  }
}, 1);

method(IteratorPrototype, 'toArray', function toArray() {
  const it = getIteratorDirect(this, 'toArray');
  const next = it.next;
  const out = [];
  for (;;) {
    const r = nextResult(it, next);
    if (r.done) return out;
    ReflectApply(ArrayPush, out, [r.value]);
  }
}, 0);

method(IteratorPrototype, 'forEach', function forEach(fn) {
  const it = getIteratorDirect(this, 'forEach');
  callbackOrClose(it, fn);
  consume(it, 'forEach', (v, i) => { fn(v, i); return undefined; });
  return undefined;
}, 1);

const FOUND = {};
method(IteratorPrototype, 'some', function some(predicate) {
  const it = getIteratorDirect(this, 'some');
  callbackOrClose(it, predicate);
  return consume(it, 'some', (v, i) => (predicate(v, i) ? true : undefined)) === true;
}, 1);

method(IteratorPrototype, 'every', function every(predicate) {
  const it = getIteratorDirect(this, 'every');
  callbackOrClose(it, predicate);
  return consume(it, 'every', (v, i) => (predicate(v, i) ? undefined : false)) !== false;
}, 1);

method(IteratorPrototype, 'find', function find(predicate) {
  const it = getIteratorDirect(this, 'find');
  callbackOrClose(it, predicate);
  const box = consume(it, 'find', (v, i) => (predicate(v, i) ? { v } : undefined));
  return box === undefined ? undefined : box.v;
}, 1);

method(IteratorPrototype, '[Symbol.dispose]', function dispose() {
  const ret = this.return;
  if (ret !== undefined) ReflectApply(ret, this, []);
  return undefined;
}, 0, Symbol.dispose);

// Iterator.from wraps an iterator whose prototype chain lacks %Iterator.prototype%.
const wrapState = new SafeWeakMap();
const WrapForValidIteratorPrototype = ObjectCreate(IteratorPrototype);
method(WrapForValidIteratorPrototype, 'next', function next() {
  const st = wrapState.get(this);
  if (st === undefined) throw new TypeError(`Method %WrapForValidIteratorPrototype%.next called on incompatible receiver ${describeReceiver(this)}`);
  return ReflectApply(st.next, st.it, []);
}, 0);
method(WrapForValidIteratorPrototype, 'return', function return_() {
  const st = wrapState.get(this);
  if (st === undefined) throw new TypeError(`Method %WrapForValidIteratorPrototype%.return called on incompatible receiver ${describeReceiver(this)}`);
  const ret = st.it.return;
  if (ret === undefined || ret === null) return { value: undefined, done: true };
  return ReflectApply(ret, st.it, []);
}, 0);

method(Iterator, 'from', function from(o) {
  let it;
  if (typeof o === 'string') {
    it = o[Symbol.iterator]();
  } else {
    if (!isObject(o)) throw new TypeError('Iterator.from called on non-object');
    const m = o[Symbol.iterator];
    if (m == null) {
      it = o;
    } else {
      if (typeof m !== 'function') throw new TypeError(`'${String(m)}' returned for property 'Symbol(Symbol.iterator)' of object '${objectTag(o)}' is not a function`);
      it = ReflectApply(m, o, []);
      if (!isObject(it)) throw new TypeError(`Result of the Symbol.iterator method is not an object`);
    }
  }
  if (it instanceof Iterator) return it;
  const w = ObjectCreate(WrapForValidIteratorPrototype);
  wrapState.set(w, { it, next: it.next });
  return w;
}, 1);

// ---------------------------------------------------------------- String (well-formed-unicode-strings)

// Annex B HTML methods (String.prototype.anchor and friends)
function html(what, tag, attr) {
  return function (value) {
    requireObjectCoercible(this, `String.prototype.${what}`);
    const s = `${this}`;
    if (attr === undefined) return `<${tag}>${s}</${tag}>`;
    const v = `${value}`.replace(/"/g, '&quot;');
    return `<${tag} ${attr}="${v}">${s}</${tag}>`;
  };
}
for (const [name, tag, attr] of [
  ['anchor', 'a', 'name'], ['big', 'big'], ['blink', 'blink'], ['bold', 'b'], ['fixed', 'tt'],
  ['fontcolor', 'font', 'color'], ['fontsize', 'font', 'size'], ['italics', 'i'], ['link', 'a', 'href'],
  ['small', 'small'], ['strike', 'strike'], ['sub', 'sub'], ['sup', 'sup'],
]) {
  method(String.prototype, name, html(name, tag, attr), attr === undefined ? 0 : 1);
}

// ---------------------------------------------------------------- Object.prototype legacy accessors (Annex B)
{
  const toObject = (v) => {
    if (v === null || v === undefined) throw new TypeError('Cannot convert undefined or null to object');
    return Object(v);
  };
  method(Object.prototype, '__defineGetter__', function __defineGetter__(P, getter) {
    const O = toObject(this);
    if (typeof getter !== 'function') throw new TypeError('Object.prototype.__defineGetter__: Expecting function');
    ObjectDefineProperty(O, P, { __proto__: null, get: getter, enumerable: true, configurable: true });
    return undefined;
  }, 2);
  method(Object.prototype, '__defineSetter__', function __defineSetter__(P, setter) {
    const O = toObject(this);
    if (typeof setter !== 'function') throw new TypeError('Object.prototype.__defineSetter__: Expecting function');
    ObjectDefineProperty(O, P, { __proto__: null, set: setter, enumerable: true, configurable: true });
    return undefined;
  }, 2);
  const lookup = (O, P, which) => {
    const key = typeof P === 'symbol' ? P : `${P}`;
    for (let o = O; o !== null; o = Object.getPrototypeOf(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (d !== undefined) return d[which];
    }
    return undefined;
  };
  method(Object.prototype, '__lookupGetter__', function __lookupGetter__(P) { return lookup(toObject(this), P, 'get'); }, 1);
  method(Object.prototype, '__lookupSetter__', function __lookupSetter__(P) { return lookup(toObject(this), P, 'set'); }, 1);
}

// ---------------------------------------------------------------- Date (Annex B)
{
  const getFullYear = Date.prototype.getFullYear;
  const setFullYear = Date.prototype.setFullYear;
  const setTime = Date.prototype.setTime;
  method(Date.prototype, 'getYear', function getYear() {
    const y = ReflectApply(getFullYear, this, []);
    return y - 1900;
  }, 0);
  method(Date.prototype, 'setYear', function setYear(year) {
    ReflectApply(getFullYear, this, []); // the receiver check
    const y = Number(year);
    if (Number.isNaN(y)) return ReflectApply(setTime, this, [NaN]);
    let yyyy = Math.trunc(y);
    if (yyyy >= 0 && yyyy <= 99) yyyy += 1900;
    if (Number.isNaN(this.getTime())) ReflectApply(setTime, this, [0 + new Date(1970, 0, 1).getTime() * 0 + (new Date(0).getTimezoneOffset() * 60000)]);
    return ReflectApply(setFullYear, this, [yyyy]);
  }, 1);
}

// ---------------------------------------------------------------- DataView float16 (Float16Array)
{
  const getUint16 = DataView.prototype.getUint16;
  const setUint16 = DataView.prototype.setUint16;
  // the engine's DataView methods word their RangeErrors differently
  const outOfBounds = (e) => (e instanceof RangeError ? new RangeError('Offset is outside the bounds of the DataView') : e);
  method(DataView.prototype, 'getFloat16', function getFloat16(byteOffset, littleEndian) {
    let bits;
    try {
      bits = ReflectApply(getUint16, this, [byteOffset, littleEndian]);
    } catch (e) {
      throw outOfBounds(e);
    }
    return b.float16ToNumber(bits);
  }, 1);
  method(DataView.prototype, 'setFloat16', function setFloat16(byteOffset, value, littleEndian) {
    // ToIndex(byteOffset) comes before ToNumber(value), and converts the offset only once
    let index = +byteOffset;
    if (index !== index) index = 0;
    if (index <= -1 || index >= 9007199254740992) throw new RangeError('Offset is outside the bounds of the DataView');
    if (index < 0) index = 0;
    const bits = b.numberToFloat16(value);
    try {
      return ReflectApply(setUint16, this, [index, bits, littleEndian]);
    } catch (e) {
      throw outOfBounds(e);
    }
  }, 2);
}



// ---------------------------------------------------------------- WeakRef, FinalizationRegistry (weakref)
function canBeHeldWeakly(v) {
  return isObject(v);
}
const weakRefHandle = new SafeWeakMap();
function WeakRef(target) {
  if (new.target === undefined) throw new TypeError("Constructor WeakRef requires 'new'");
  if (!canBeHeldWeakly(target)) throw new TypeError('WeakRef: invalid target');
  weakRefHandle.set(this, b.weakRefNew(target));
}
b.markNative(WeakRef);
ObjectDefineProperty(WeakRef, 'prototype', { __proto__: null, writable: false });
method(WeakRef.prototype, 'deref', function deref() {
  const h = weakRefHandle.get(this);
  if (h === undefined) throw new TypeError(`Method WeakRef.prototype.deref called on incompatible receiver ${describeReceiver(this)}`);
  return b.weakRefDeref(h);
}, 0);
ObjectDefineProperty(WeakRef.prototype, Symbol.toStringTag, { __proto__: null, value: 'WeakRef', writable: false, enumerable: false, configurable: true });
exports.WeakRef = WeakRef;

const registryCallback = new SafeWeakMap();
function FinalizationRegistry(cleanupCallback) {
  if (new.target === undefined) throw new TypeError("Constructor FinalizationRegistry requires 'new'");
  if (typeof cleanupCallback !== 'function') throw new TypeError('FinalizationRegistry: cleanup must be callable');
  registryCallback.set(this, cleanupCallback);
}
b.markNative(FinalizationRegistry);
ObjectDefineProperty(FinalizationRegistry, 'prototype', { __proto__: null, writable: false });
function thisRegistry(r, name) {
  const cb = registryCallback.get(r);
  if (cb === undefined) throw new TypeError(`Method FinalizationRegistry.prototype.${name} called on incompatible receiver ${describeReceiver(r)}`);
  return cb;
}
method(FinalizationRegistry.prototype, 'register', function register(target, heldValue, unregisterToken) {
  const cb = thisRegistry(this, 'register');
  if (!canBeHeldWeakly(target)) throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
  if (target === heldValue) throw new TypeError('FinalizationRegistry.prototype.register: target and holdings must not be same');
  if (unregisterToken !== undefined && !canBeHeldWeakly(unregisterToken)) throw new TypeError(`Invalid unregisterToken ('${String(unregisterToken)}')`);
  b.registryRegister(this, target, heldValue, unregisterToken, cb);
  return undefined;
}, 2);
method(FinalizationRegistry.prototype, 'unregister', function unregister(unregisterToken) {
  thisRegistry(this, 'unregister');
  if (!canBeHeldWeakly(unregisterToken)) throw new TypeError(`Invalid unregisterToken ('${String(unregisterToken)}')`);
  return b.registryUnregister(this, unregisterToken);
}, 1);
ObjectDefineProperty(FinalizationRegistry.prototype, Symbol.toStringTag, { __proto__: null, value: 'FinalizationRegistry', writable: false, enumerable: false, configurable: true });
exports.FinalizationRegistry = FinalizationRegistry;

// ---------------------------------------------------------------- explicit resource management
// SuppressedError, DisposableStack, AsyncDisposableStack (explicit-resource-management; the
// `using` syntax itself is lowered by the loader's esbuild pass).
function SuppressedError(error, suppressed, message) {
  const O = Reflect.construct(Error, message === undefined ? [] : [message], new.target || SuppressedError);
  ObjectDefineProperty(O, 'error', { __proto__: null, value: error, writable: true, enumerable: false, configurable: true });
  ObjectDefineProperty(O, 'suppressed', { __proto__: null, value: suppressed, writable: true, enumerable: false, configurable: true });
  return O;
}
b.markNative(SuppressedError);
Object.setPrototypeOf(SuppressedError, Error);
ObjectDefineProperty(SuppressedError, 'prototype', { __proto__: null, value: ObjectCreate(Error.prototype), writable: false });
ObjectDefineProperty(SuppressedError.prototype, 'constructor', { __proto__: null, value: SuppressedError, writable: true, enumerable: false, configurable: true });
ObjectDefineProperty(SuppressedError.prototype, 'name', { __proto__: null, value: 'SuppressedError', writable: true, enumerable: false, configurable: true });
ObjectDefineProperty(SuppressedError.prototype, 'message', { __proto__: null, value: '', writable: true, enumerable: false, configurable: true });
exports.SuppressedError = SuppressedError;

const stackState = new SafeWeakMap(); // stack -> { disposed, resources: [{ value, method, async }] }
function makeStackClass(name, isAsync) {
  const C = function () {
    if (new.target === undefined) throw new TypeError(`Constructor ${name} requires 'new'`);
    stackState.set(this, { disposed: false, resources: [], async: isAsync });
  };
  ObjectDefineProperty(C, 'name', { __proto__: null, value: name });
  b.markNative(C);
  ObjectDefineProperty(C, 'prototype', { __proto__: null, writable: false });
  const P = C.prototype;
  const st = (s, m) => {
    const x = stackState.get(s);
    if (x === undefined || x.async !== isAsync) throw new TypeError(`Method ${name}.prototype.${m} called on incompatible receiver ${describeReceiver(s)}`);
    return x;
  };
  const live = (x, m) => {
    if (x.disposed) throw new ReferenceError(`Cannot call ${name}.prototype.${m} on an already-disposed ${name}`);
  };
  method(P, 'use', function use(value) {
    const x = st(this, 'use');
    live(x, 'use');
    if (value === null || value === undefined) return value;
    if (!isObject(value)) throw new TypeError(`An object is expected with \`${isAsync ? 'await using' : 'using'}\` declarations`);
    let m;
    if (isAsync) {
      m = value[Symbol.asyncDispose];
      if (m === undefined) {
        const syncM = value[Symbol.dispose];
        if (typeof syncM === 'function') m = function () { ReflectApply(syncM, this, []); };
        else m = syncM;
      }
    } else {
      m = value[Symbol.dispose];
    }
    if (typeof m !== 'function') throw new TypeError(`${isAsync ? 'Symbol(Symbol.asyncDispose)' : 'Symbol(Symbol.dispose)'} is not a function`);
    x.resources.push({ value, method: m });
    return value;
  }, 1);
  method(P, 'adopt', function adopt(value, onDispose) {
    const x = st(this, 'adopt');
    live(x, 'adopt');
    if (typeof onDispose !== 'function') throw new TypeError(`${describe(onDispose).replace(/^(number|string|boolean) /, '')} is not a function`);
    x.resources.push({ value: undefined, method: () => onDispose(value) });
    return value;
  }, 2);
  method(P, 'defer', function defer(onDispose) {
    const x = st(this, 'defer');
    live(x, 'defer');
    if (typeof onDispose !== 'function') throw new TypeError(`${describe(onDispose).replace(/^(number|string|boolean) /, '')} is not a function`);
    x.resources.push({ value: undefined, method: onDispose });
    return undefined;
  }, 1);
  method(P, 'move', function move() {
    const x = st(this, 'move');
    live(x, 'move');
    const n = new C();
    stackState.get(n).resources = x.resources;
    x.resources = [];
    x.disposed = true;
    return n;
  }, 0);
  ObjectDefineProperty(P, 'disposed', {
    __proto__: null, enumerable: false, configurable: true,
    get: native(function () { return st(this, 'disposed').disposed; }, 'get disposed', 0),
  });
  const suppress = (err, hasErr, e) => (hasErr ? new SuppressedError(e, err, 'An error was suppressed during disposal') : e);
  if (!isAsync) {
    const dispose = native(function dispose() {
      const x = st(this, 'dispose');
      if (x.disposed) return undefined;
      x.disposed = true;
      const list = x.resources;
      x.resources = [];
      let hasErr = false;
      let err;
      for (let i = list.length - 1; i >= 0; i--) {
        try {
          ReflectApply(list[i].method, list[i].value, []);
        } catch (e) {
          err = suppress(err, hasErr, e);
          hasErr = true;
        }
      }
      if (hasErr) throw err;
      return undefined;
    }, 'dispose', 0);
    ObjectDefineProperty(P, 'dispose', { __proto__: null, value: dispose, writable: true, enumerable: false, configurable: true });
    ObjectDefineProperty(P, Symbol.dispose, { __proto__: null, value: dispose, writable: true, enumerable: false, configurable: true });
  } else {
    const disposeAsync = native(function disposeAsync() {
      let x;
      try { x = st(this, 'disposeAsync'); } catch (e) { return Promise.reject(e); }
      if (x.disposed) return Promise.resolve(undefined);
      x.disposed = true;
      const list = x.resources;
      x.resources = [];
      let hasErr = false;
      let err;
      let i = list.length - 1;
      return new Promise((resolve, reject) => {
        const next = () => {
          if (i < 0) {
            if (hasErr) reject(err);
            else resolve(undefined);
            return;
          }
          const r = list[i--];
          let p;
          try {
            p = ReflectApply(r.method, r.value, []);
          } catch (e) {
            err = suppress(err, hasErr, e);
            hasErr = true;
            next();
            return;
          }
          Promise.resolve(p).then(() => next(), (e) => { err = suppress(err, hasErr, e); hasErr = true; next(); });
        };
        next();
      });
    }, 'disposeAsync', 0);
    ObjectDefineProperty(P, 'disposeAsync', { __proto__: null, value: disposeAsync, writable: true, enumerable: false, configurable: true });
    ObjectDefineProperty(P, Symbol.asyncDispose, { __proto__: null, value: disposeAsync, writable: true, enumerable: false, configurable: true });
  }
  ObjectDefineProperty(P, Symbol.toStringTag, { __proto__: null, value: name, writable: false, enumerable: false, configurable: true });
  exports[name] = C;
  return C;
}
makeStackClass('DisposableStack', false);
makeStackClass('AsyncDisposableStack', true);

