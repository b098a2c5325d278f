// structuredClone of Error objects: standard names kept, others become Error; message, stack and cause kept.
const e = new RangeError('boom', { cause: { c: 1 } });
e.extra = 1;
const c = structuredClone(e);
console.log(c.constructor.name, c.name, c.message, c.cause, c.extra, c.stack === e.stack, Object.keys(c));
for (const E of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  console.log(E.name, structuredClone(new E('m')).constructor.name);
}
const named = new Error('n');
named.name = 'CustomName';
console.log(structuredClone(named).name);
class MyErr extends TypeError {}
const me = structuredClone(new MyErr('m'));
console.log(me.constructor.name, me instanceof MyErr);
const de = structuredClone(new DOMException('dom', 'AbortError'));
console.log(de instanceof DOMException, de.name, de.message, de.code);
console.log(Object.getOwnPropertyNames(structuredClone(new Error('props'))).sort());
