// Symbol.toStringTag, enumerable prototype members and constructor lengths.
const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
  'DecompressionStream'];
for (const name of names) {
  const C = globalThis[name];
  const proto = C.prototype;
  const keys = [];
  for (const k in proto) keys.push(k);
  console.log(name, C.length, proto[Symbol.toStringTag], keys.join(','));
}
console.log(Object.prototype.toString.call(new ReadableStream()));
