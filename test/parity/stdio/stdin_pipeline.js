// parity-stdin: _text.txt
// stream.pipeline from stdin through a line counter to stdout.
const { pipeline, Transform } = require('stream');
let lines = 0;
pipeline(process.stdin, new Transform({
  transform(chunk, enc, cb) {
    lines += String(chunk).split('\n').length - 1;
    cb(null, chunk);
  },
  flush(cb) { cb(null, `-- ${lines} lines\n`); },
}), process.stdout, (err) => {
  console.error('pipeline done', err);
});
