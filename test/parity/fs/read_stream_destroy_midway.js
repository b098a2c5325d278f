// Destroying a ReadStream in the middle: the fd is closed after the pending read, 'close'
// once, no 'end'; close(cb) on a ReadStream; ReadStream/WriteStream classes and instanceof.
const fs = require('fs');
const { Readable, Writable } = require('stream');
const { file } = require('./_tmp');
const f = file('big.bin');
fs.writeFileSync(f, Buffer.alloc(200000, 7));
const log = [];
const rs = fs.createReadStream(f, { highWaterMark: 1024 });
let chunks = 0;
rs.on('data', () => { chunks++; if (chunks === 3) rs.destroy(); });
rs.on('end', () => log.push('end?!'));
rs.on('close', () => {
  log.push('closed after ' + chunks + ' chunks, fd ' + rs.fd + ', bytesRead ' + rs.bytesRead);
  const rs2 = fs.createReadStream(f);
  rs2.close((err) => {
    log.push('close cb ' + err + ' destroyed ' + rs2.destroyed);
    console.log(log.join('\n'));
    console.log(rs2 instanceof fs.ReadStream, rs2 instanceof Readable, fs.createWriteStream(file('w')) instanceof Writable);
    console.log(fs.ReadStream === fs.FileReadStream, typeof fs.WriteStream, fs.ReadStream.name, fs.WriteStream.name);
  });
});
