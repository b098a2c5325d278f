// Controllers and BYOB requests cannot be constructed; readers need a stream of the right kind.
for (const name of ['ReadableStreamDefaultController', 'ReadableByteStreamController',
  'ReadableStreamBYOBRequest', 'WritableStreamDefaultController', 'TransformStreamDefaultController']) {
  try { new globalThis[name](); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
for (const f of [
  () => new ReadableStreamDefaultReader({}),
  () => new ReadableStreamBYOBReader(new ReadableStream()),
  () => new WritableStreamDefaultWriter(1),
  () => new ReadableStream().getReader({ mode: 'nope' }),
]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
