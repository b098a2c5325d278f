// stream/consumers reads web streams: text, json, buffer, arrayBuffer, bytes, blob.
const consumers = require('stream/consumers');
(async () => {
  const mk = (...parts) => ReadableStream.from(parts.map((p) => new TextEncoder().encode(p)));
  console.log(await consumers.text(mk('he', 'llo')));
  console.log(await consumers.json(mk('{"a":', '[1,2]}')));
  console.log(await consumers.buffer(mk('buf')));
  const ab = await consumers.arrayBuffer(mk('ab'));
  console.log(ab.constructor.name, ab.byteLength);
  const blob = await consumers.blob(mk('bl', 'ob'));
  console.log(blob.size, await blob.text());
})();
