// Methods and getters called on the wrong object throw (or reject) ERR_INVALID_THIS.
const checks = [
  ['locked', () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call({})],
  ['getReader', () => ReadableStream.prototype.getReader.call({})],
  ['tee', () => ReadableStream.prototype.tee.call(1)],
  ['desiredSize', () => Object.getOwnPropertyDescriptor(WritableStreamDefaultWriter.prototype, 'desiredSize').get.call({})],
  ['getWriter', () => WritableStream.prototype.getWriter.call({})],
  ['readable', () => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({})],
];
for (const [name, f] of checks) {
  try { f(); } catch (e) { console.log(name, e.code, e.message); }
}
ReadableStream.prototype.cancel.call({}).catch((e) => console.log('cancel rejects', e.code));
ReadableStreamDefaultReader.prototype.read.call({}).catch((e) => console.log('read rejects', e.code));
WritableStream.prototype.abort.call({}).catch((e) => console.log('abort rejects', e.code));
