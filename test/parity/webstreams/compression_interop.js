// CompressionStream output decompresses with node:zlib and the other way round.
const zlib = require('zlib');
const consumers = require('stream/consumers');
(async () => {
  const text = 'interop '.repeat(50);
  const gz = await consumers.buffer(ReadableStream.from([Buffer.from(text)]).pipeThrough(new CompressionStream('gzip')));
  console.log(gz[0], gz[1], zlib.gunzipSync(gz).toString() === text);
  const deflated = zlib.deflateSync(text);
  const back = await consumers.text(ReadableStream.from([deflated]).pipeThrough(new DecompressionStream('deflate')));
  console.log(back === text);
  const raw = zlib.deflateRawSync(text);
  console.log(await consumers.text(ReadableStream.from([raw]).pipeThrough(new DecompressionStream('deflate-raw'))) === text);
})();
