// structuredClone of platform objects: URL, URLSearchParams and fetch's classes are refused
// ("unsupported type"), as are objects marked with worker_threads.markAsUncloneable; plain
// EventTarget/AbortSignal/TextEncoder clone to {}; ports need a transfer list; a
// SharedArrayBuffer clones to a SharedArrayBuffer over the same memory; WeakRef is refused.
const util = require('util');
const wt = require('worker_threads');
function t(name, f) {
  try {
    const r = f();
    console.log(name, 'ok', util.inspect(r, { depth: 1 }));
  } catch (e) {
    console.log(name, e.name, e.code, e.message, e instanceof DOMException);
  }
}
t('URL', () => structuredClone(new URL('http://a')));
t('URL subclass', () => { class U extends URL {} return structuredClone(new U('http://a/b')); });
t('URL in object', () => structuredClone({ u: new URL('http://a') }));
t('URLSearchParams', () => structuredClone(new URLSearchParams('a=1')));
t('EventTarget', () => structuredClone(new EventTarget()));
t('Event', () => structuredClone(new Event('x')));
t('AbortController', () => structuredClone(new AbortController()));
t('AbortSignal', () => structuredClone(new AbortController().signal));
t('MessagePort', () => structuredClone(new MessageChannel().port1));
t('MessageChannel', () => structuredClone(new MessageChannel()));
t('TextEncoder', () => structuredClone(new TextEncoder()));
t('TextDecoder', () => structuredClone(new TextDecoder()));
t('Headers', () => structuredClone(new Headers({ a: '1' })));
t('Headers proto', () => structuredClone(Object.create(Headers.prototype)));
t('Request', () => structuredClone(new Request('http://a')));
t('Request clone', () => structuredClone(new Request('http://a').clone()));
t('Response', () => structuredClone(new Response('x')));
t('Response.json', () => structuredClone(Response.json({ a: 1 })));
t('FormData', () => structuredClone(new FormData()));
t('marked', () => { const o = { a: 1 }; wt.markAsUncloneable(o); return structuredClone({ o }); });
t('marked proto', () => { const o = { a: 1 }; wt.markAsUncloneable(o); return structuredClone(Object.create(o)); });
t('marked primitive', () => { wt.markAsUncloneable(1); return structuredClone(1); });
t('SAB', () => {
  const s = new SharedArrayBuffer(16);
  const c = structuredClone(s);
  new Uint8Array(s)[0] = 7;
  return [c instanceof SharedArrayBuffer, util.types.isSharedArrayBuffer(c), c.byteLength, new Uint8Array(c)[0], c === s];
});
t('SAB view', () => { const s = new SharedArrayBuffer(8); const c = structuredClone(new Int32Array(s)); return [c.buffer instanceof SharedArrayBuffer, c.length]; });
t('SAB twice', () => { const s = new SharedArrayBuffer(8); const c = structuredClone({ s, s2: s }); return [c.s === c.s2, c.s instanceof SharedArrayBuffer]; });
t('SAB transfer', () => { const s = new SharedArrayBuffer(8); return structuredClone(s, { transfer: [s] }); });
t('WeakMap', () => structuredClone(new WeakMap()));
t('WeakRef', () => structuredClone(new WeakRef({})));
t('FinalizationRegistry', () => structuredClone(new FinalizationRegistry(() => {})));
t('Promise', () => structuredClone(Promise.resolve()));
t('DOMException', () => { const c = structuredClone(new DOMException('m', 'AbortError')); return [c.name, c.message, c.code, c instanceof DOMException]; });
t('class instance', () => { class A { constructor() { this.x = 1; } } return structuredClone(new A()); });
