// Copy a file through pipeline(createReadStream, Transform, createWriteStream), with
// stream/promises and with the callback form; content and byte counts.
const fs = require('fs');
const { pipeline, Transform } = require('stream');
const pp = require('stream/promises');
const { file } = require('./_tmp');
const src = file('src.bin');
const buf = Buffer.alloc(300000);
for (let i = 0; i < buf.length; i++) buf[i] = i % 251;
fs.writeFileSync(src, buf);
(async () => {
  const rs = fs.createReadStream(src);
  const ws = fs.createWriteStream(file('copy.bin'));
  await pp.pipeline(rs, ws);
  console.log('copied', fs.readFileSync(file('copy.bin')).equals(buf), rs.bytesRead, ws.bytesWritten, rs.destroyed, ws.destroyed);
  let chunks = 0;
  pipeline(
    fs.createReadStream(src, { highWaterMark: 65536 }),
    new Transform({ transform(c, e, cb) { chunks++; cb(null, Buffer.from(c.toString('hex'))); } }),
    fs.createWriteStream(file('hex.txt')),
    (err) => {
      console.log('hex done', err, chunks, fs.statSync(file('hex.txt')).size);
    },
  );
})();
