// open/read/write/readv/writev with positions and offsets, in the three styles: bytes counts,
// callback arguments, the file position when position is null, and read's option-object forms.
const fs = require('fs');
const { file } = require('./_tmp');
const p = file('pos.txt');
const fd = fs.openSync(p, 'w+');
console.log('write str', fs.writeSync(fd, 'hello world'));
console.log('write at 6', fs.writeSync(fd, 'WORLD', 6));
console.log('write buf part', fs.writeSync(fd, Buffer.from('0123456789'), 2, 3, 20));
console.log('write hex', fs.writeSync(fd, '414243', null, 'hex'));
console.log(JSON.stringify(fs.readFileSync(p, 'latin1')));
const b = Buffer.alloc(8, '.');
console.log('read', fs.readSync(fd, b, 1, 5, 0), b.toString());
console.log('read opts', fs.readSync(fd, b, { offset: 0, length: 3, position: 6 }), b.toString());
console.log('read past end', fs.readSync(fd, b, 0, 8, 1000));
console.log('writev', fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd')], 0));
const x = Buffer.alloc(2), y = Buffer.alloc(3);
console.log('readv', fs.readvSync(fd, [x, y], 0), x.toString(), y.toString());
fs.closeSync(fd);
fs.open(p, 'r+', (e, fd2) => {
  const buf = Buffer.alloc(4);
  fs.read(fd2, buf, 0, 4, 2, (e, n, bb) => {
    console.log('cb read', e, n, bb === buf, buf.toString());
    fs.write(fd2, 'Z', 0, 'utf8', (e, n, s) => {
      console.log('cb write str', e, n, s);
      fs.write(fd2, Buffer.from('QQ'), 0, 2, 1, (e, n, bb) => {
        console.log('cb write buf', e, n, Buffer.isBuffer(bb), bb.toString());
        fs.read(fd2, { buffer: Buffer.alloc(3), position: 0 }, (e, n, bb) => {
          console.log('cb read opts', e, n, bb.toString());
          fs.writev(fd2, [Buffer.from('1'), Buffer.from('2')], 3, (e, n, bufs) => {
            console.log('cb writev', e, n, bufs.length);
            fs.close(fd2, async (e) => {
              console.log('close', e);
              const fh = await fs.promises.open(p, 'r+');
              const r = await fh.read(Buffer.alloc(5), 0, 5, 0);
              console.log('fh read', r.bytesRead, r.buffer.toString());
              const r2 = await fh.read({ buffer: Buffer.alloc(2), position: 1 });
              console.log('fh read opts', r2.bytesRead, r2.buffer.toString());
              const w = await fh.write('yy', 0);
              console.log('fh write', w.bytesWritten, w.buffer);
              const w2 = await fh.write(Buffer.from('kk'), 0, 2, 2);
              console.log('fh write buf', w2.bytesWritten, w2.buffer.toString());
              const wv = await fh.writev([Buffer.from('m')], 4);
              console.log('fh writev', wv.bytesWritten, wv.buffers.length);
              const rv = await fh.readv([Buffer.alloc(3)], 0);
              console.log('fh readv', rv.bytesRead, rv.buffers[0].toString());
              await fh.close();
              console.log(JSON.stringify(fs.readFileSync(p, 'utf8')));
            });
          });
        });
      });
    });
  });
});
