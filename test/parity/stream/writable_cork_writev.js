// cork/uncork batch buffered writes into one _writev call; end() uncorks.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) { console.log('_write', String(chunk)); cb(); },
  writev(chunks, cb) {
    console.log('_writev', chunks.length, chunks.map((c) => String(c.chunk) + ':' + c.encoding).join(' '), chunks.allBuffers);
    cb();
  },
});
w.cork();
w.write('a');
w.write('b');
w.write('c', 'latin1');
console.log('corked', w.writableCorked, 'len', w.writableLength, 'buffered', w.writableBuffer.length);
process.nextTick(() => {
  w.uncork();
  console.log('after uncork', w.writableCorked, w.writableLength);
  w.cork();
  w.cork();
  w.write('d');
  w.write('e');
  w.end('f');
});
w.on('finish', () => console.log('finish'));
const w2 = new Writable({ decodeStrings: false, write(c, enc, cb) { console.log('w2', typeof c, c, enc); cb(); } });
w2.write('str', 'utf8');
w2.write(Buffer.from('buf'));
