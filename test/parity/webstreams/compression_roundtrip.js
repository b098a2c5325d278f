// CompressionStream and DecompressionStream round trips for every format.
const consumers = require('stream/consumers');
(async () => {
  const input = Buffer.from('streams '.repeat(200));
  for (const format of ['gzip', 'deflate', 'deflate-raw', 'brotli']) {
    const compressed = await consumers.buffer(
      ReadableStream.from([input.subarray(0, 500), input.subarray(500)]).pipeThrough(new CompressionStream(format)));
    const back = await consumers.buffer(
      ReadableStream.from([compressed]).pipeThrough(new DecompressionStream(format)));
    console.log(format, compressed.length < input.length, back.equals(input));
  }
})();
