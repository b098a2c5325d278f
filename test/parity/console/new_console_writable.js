// A Console on stream.Writable instances, with colorMode and groupIndentation options.
const { Writable } = require('stream');
const chunks = [];
const w = new Writable({
  write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); },
});
const c = new console.Console({ stdout: w, stderr: w, colorMode: false, groupIndentation: 4 });
c.log('hello', { n: 1 });
c.group();
c.error('grouped error');
c.groupEnd();
c.dir([1, 'two'], { depth: 0 });
setImmediate(() => console.log(chunks));
