// FileHandle: fd, readFile/writeFile/appendFile (encodings, positions after writes), read with no
// arguments, readLines, readableWebStream, stat/truncate/sync/datasync, close twice, and the
// EBADF-style errors after close.
const fs = require('fs');
const { file } = require('./_tmp');
const { err } = require('./_show');
(async () => {
  const p = file('fh.txt');
  const fh = await fs.promises.open(p, 'w+');
  console.log(fh.constructor.name, typeof fh.fd, fh.fd > 2);
  await fh.writeFile('line1\nline2\n');
  await fh.appendFile('line3', 'utf8');
  console.log('stat', (await fh.stat()).size);
  console.log('readFile at end', JSON.stringify(await fh.readFile('utf8')));
  const r = await fh.read({ position: 0 });
  console.log('read default buffer', r.bytesRead, r.buffer.length, r.buffer.toString('utf8', 0, r.bytesRead).length);
  const r2 = await fh.read(Buffer.alloc(3), { position: 2 });
  console.log('read(buffer, opts)', r2.bytesRead, r2.buffer.toString());
  await fh.close();
  const fh2 = await fs.promises.open(p);
  const lines = [];
  for await (const l of fh2.readLines()) lines.push(l);
  console.log('readLines', JSON.stringify(lines));
  console.log('fd after readLines', fh2.fd);
  const fh3 = await fs.promises.open(p);
  const chunks = [];
  for await (const c of fh3.readableWebStream()) chunks.push(Buffer.from(c).toString());
  console.log('webstream', JSON.stringify(chunks.join('')));
  await fh3.close();
  const fh4 = await fs.promises.open(p, 'r+');
  await fh4.truncate(5);
  await fh4.sync();
  await fh4.datasync();
  console.log('truncated', JSON.stringify(await fh4.readFile({ encoding: 'utf8' })));
  console.log('close', await fh4.close());
  console.log('fd after close', fh4.fd);
  await fh4.close().then(() => console.log('second close resolves'), (e) => console.log('second close', err(e)));
  await fh4.stat().catch((e) => console.log('stat after close', err(e)));
  await fh4.read().catch((e) => console.log('read after close', err(e)));
  await fh4.writeFile('x').catch((e) => console.log('writeFile after close', err(e)));
  {
    await using fh5 = await fs.promises.open(p);
    console.log('await using', (await fh5.stat()).size);
  }
})();
