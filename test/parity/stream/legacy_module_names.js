// The legacy module names (_stream_readable & co) and the internal-looking paths are the
// same classes; node: prefix works; stream/promises and stream/consumers key lists.
const s = require('node:stream');
console.log(require('_stream_readable') === s.Readable, require('_stream_writable') === s.Writable,
  require('_stream_duplex') === s.Duplex, require('_stream_transform') === s.Transform,
  require('_stream_passthrough') === s.PassThrough);
console.log(Object.keys(require('stream/promises')), require('node:stream/promises').pipeline === require('stream/promises').pipeline);
try { require('internal/streams/readable'); } catch (e) { console.log(e.code); }
