// fs.ReadStream/WriteStream per-chunk I/O: chunk sizes and their own memory (a short last chunk
// does not share a larger allocation), start/end ranges, writes at a start position, Uint8Array
// and string chunks, bytesRead/bytesWritten, a replaced fs.read/fs.write (and options.fs) being
// called, an fd closed under the stream (EBADF), and destroy() while a write is in flight.
const fs = require('fs');
const { file } = require('./_tmp');
const src = file('src.bin');
const data = Buffer.alloc(200000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) % 253;
fs.writeFileSync(src, data);

function readAll(opts) {
  return new Promise((resolve, reject) => {
    const rs = fs.createReadStream(src, opts);
    const sizes = [];
    const parts = [];
    rs.on('data', (c) => {
      sizes.push(c.length + '/' + c.buffer.byteLength + (Buffer.isBuffer(c) ? '' : ' not a Buffer'));
      parts.push(c);
    });
    rs.on('error', reject);
    rs.on('end', () => resolve({ rs, sizes, all: Buffer.concat(parts) }));
  });
}

function writeAll(path, chunks, opts) {
  return new Promise((resolve) => {
    const ws = fs.createWriteStream(path, opts);
    const events = [];
    for (const c of chunks) ws.write(c, (err) => events.push('cb ' + (err ? err.code : 'ok')));
    ws.end(() => resolve({ ws, events }));
  });
}

(async () => {
  let r = await readAll({ highWaterMark: 65536 });
  console.log('whole', r.sizes.join(' '), r.all.equals(data), r.rs.bytesRead);
  r = await readAll({ start: 1000, end: 70999, highWaterMark: 32768 });
  console.log('range', r.sizes.join(' '), r.all.equals(data.subarray(1000, 71000)), r.rs.bytesRead);
  r = await readAll({ start: 199990 });
  console.log('tail', r.sizes.join(' '), r.all.equals(data.subarray(199990)));
  r = await readAll({ start: 5, end: 4 + 0 * 1, highWaterMark: 10 }).catch((e) => ({ sizes: [e.code], all: Buffer.alloc(0) }));
  console.log('start > end', r.sizes.join(' '));

  const out = file('out.bin');
  let w = await writeAll(out, [data.subarray(0, 70000), new Uint8Array(data.subarray(70000, 100000)), 'tail']);
  console.log('write', w.events.join(','), w.ws.bytesWritten,
    fs.readFileSync(out).equals(Buffer.concat([data.subarray(0, 100000), Buffer.from('tail')])));
  fs.writeFileSync(out, Buffer.alloc(20, 0x2e));
  w = await writeAll(out, [Buffer.from('abc'), Buffer.from('defg')], { flags: 'r+', start: 5 });
  console.log('at start', w.ws.bytesWritten, w.ws.pos, JSON.stringify(fs.readFileSync(out, 'latin1')));

  // a replaced fs.read / fs.write is what the stream calls
  const origRead = fs.read, origWrite = fs.write;
  let reads = 0, writes = 0;
  fs.read = function(...args) { reads++; return origRead.apply(this, args); };
  fs.write = function(...args) { writes++; return origWrite.apply(this, args); };
  r = await readAll({ highWaterMark: 65536 });
  w = await writeAll(out, [data.subarray(0, 1000), data.subarray(1000, 5000)]);
  const w2 = fs.createWriteStream(out);
  await new Promise((resolve) => w2.on('open', () => w2.write(data.subarray(0, 3000), () => w2.end(resolve))));
  fs.read = origRead;
  fs.write = origWrite;
  console.log('patched', reads, writes, r.all.equals(data), w.ws.bytesWritten, w2.bytesWritten);

  // options.fs
  let custom = 0;
  const myFs = { ...fs, read(...args) { custom++; return fs.read(...args); } };
  r = await readAll({ fs: myFs, highWaterMark: 100000 });
  console.log('options.fs', custom, r.sizes.join(' '));

  // the fd closed under the stream
  const fd = fs.openSync(src, 'r');
  const rs = fs.createReadStream(null, { fd, autoClose: false });
  fs.closeSync(fd);
  rs.resume();
  await new Promise((resolve) => rs.on('error', (e) => { console.log('closed fd read', e.code, e.syscall); resolve(); }));
  const wfd = fs.openSync(out, 'w');
  const ws = fs.createWriteStream(null, { fd: wfd, autoClose: false });
  fs.closeSync(wfd);
  await new Promise((resolve) => {
    ws.write('x', (e) => console.log('closed fd write cb', e && e.code, e && e.syscall));
    ws.on('error', (e) => { console.log('closed fd write error', e.code); resolve(); });
  });

  // destroy() while a write is in flight: the callback gets the destroy error, then 'close'
  const ws2 = fs.createWriteStream(out);
  ws2.on('open', () => {
    const ev = [];
    ws2.write(data, (e) => ev.push('write cb ' + (e ? e.code : 'ok')));
    ws2.destroy();
    ws2.on('close', () => {
      ev.push('close');
      console.log('destroy mid-write', ev.join(', '), ws2.bytesWritten);
    });
  });
})();
