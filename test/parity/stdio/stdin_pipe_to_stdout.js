// parity-stdin: _text.txt
// process.stdin.pipe(transform).pipe(process.stdout), ending with 'finish' on the transform only
// (stdout is never ended by pipe).
const { Transform } = require('stream');
const upper = new Transform({
  transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
});
upper.on('finish', () => process.stderr.write('transform finished\n'));
process.stdin.on('end', () => process.stderr.write('stdin ended\n'));
process.stdin.pipe(upper).pipe(process.stdout);
process.on('exit', () => process.stderr.write(`stdout ended: ${process.stdout.writableEnded}\n`));
