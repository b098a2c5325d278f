// Strategy validation: negative/NaN highWaterMark, non-function size, size on byte streams.
const cases = [
  () => new ReadableStream({}, { highWaterMark: -1 }),
  () => new ReadableStream({}, { highWaterMark: NaN }),
  () => new ReadableStream({}, { size: 5 }),
  () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }),
  () => new WritableStream({}, { highWaterMark: -5 }),
  () => new WritableStream({ type: 'bytes' }),
  () => new TransformStream({ readableType: 'bytes' }),
  () => new TransformStream({ writableType: 'bytes' }),
  () => new CountQueuingStrategy(),
  () => new CountQueuingStrategy({}),
  () => new ByteLengthQueuingStrategy(null),
  () => new ReadableStream(1),
  () => new ReadableStream({ type: 'other' }),
  () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }),
];
for (const f of cases) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
