// fs.read / fs.readSync / FileHandle.read argument forms and their errors (argument count
// decides the form, options objects, null length, bigint positions up to 2^63-1-length),
// and fs.Dir: missing handle, ERR_INVALID_THIS on the prototype's path, bufferSize checks,
// sync work during an async read (ERR_DIR_CONCURRENT_OPERATION), close with a bad callback.
const fs = require('fs');
const { file, dir } = require('./_tmp');
const f = file('r.txt');
fs.writeFileSync(f, 'xyz\n');
const fd = fs.openSync(f, 'r');
const t = (label, fn) => {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message.split('\n')[0]);
  }
};
t('read fd,cb', () => fs.read(fd, (e, n, b) => console.log('cb fd,cb', e, n, b.length)));
t('read options.buffer string', () => fs.read(fd, { buffer: 'x' }, () => {}));
t('read 4 args number', () => fs.read(fd, Buffer.alloc(4), 1, () => {}));
t('read 4 args string', () => fs.read(fd, Buffer.alloc(4), 'x', () => {}));
t('read no cb', () => fs.read(fd, Buffer.alloc(4), 0, 4));
t('read bad cb', () => fs.read(fd, Buffer.alloc(4), 0, 4, 0n, 5));
t('read offset null', () => fs.read(fd, Buffer.alloc(4), { offset: null, position: 0 }, (e, n) => console.log('cb offset null', e, n)));
t('read offset string', () => fs.read(fd, Buffer.alloc(4), '1', 2, null, () => {}));
t('read length 0', () => fs.read(fd, { buffer: Buffer.alloc(4), length: 0 }, (e, n, b) => console.log('cb length 0', e, n, b.length)));
t('read offset past end', () => fs.read(fd, Buffer.alloc(4), 5, 1, null, () => {}));
t('readSync string buffer', () => fs.readSync(fd, 'x'));
t('readSync options string', () => fs.readSync(fd, Buffer.alloc(4), 'x'));
t('readSync options number', () => fs.readSync(fd, Buffer.alloc(4), 1));
t('readSync options Infinity', () => fs.readSync(fd, Buffer.alloc(4), Infinity));
t('readSync options array', () => fs.readSync(fd, Buffer.alloc(4), []));
t('readSync String object', () => fs.readSync(fd, Buffer.alloc(4), new String('4444')));
t('readSync offset null in options', () => fs.readSync(fd, Buffer.alloc(4), { offset: null }));
t('readSync null options', () => fs.readSync(fd, Buffer.alloc(4), null, 1, 0));
t('readSync big position', () => fs.readSync(fd, Buffer.alloc(4), 0, 4, 2n ** 63n - 5n));
t('readSync position over', () => fs.readSync(fd, Buffer.alloc(4), 0, 4, 2n ** 63n - 4n));
t('readSync position number over', () => fs.readSync(fd, Buffer.alloc(4), 0, 4, Number.MAX_SAFE_INTEGER + 1));
t('readSync position string', () => fs.readSync(fd, Buffer.alloc(4), 0, 4, '1'));
t('readSync position 0n', () => fs.readSync(fd, Buffer.alloc(4), 0, 4, 0n));
t('readSync length over', () => fs.readSync(fd, Buffer.alloc(4), 0, 5));
t('readSync empty buffer', () => fs.readSync(fd, Buffer.alloc(0), 0, 4));

t('new Dir()', () => new fs.Dir());
t('Dir.prototype.path', () => fs.Dir.prototype.path);
for (const bufferSize of [-1, 0, 0.5, Infinity, '1', null]) t(`bufferSize ${String(bufferSize)}`, () => fs.opendirSync(dir, { bufferSize }));
t('bufferSize 1024', () => { const d = fs.opendirSync(dir, { bufferSize: 1024 }); d.closeSync(); return 'closed'; });

(async () => {
  const fh = await fs.promises.open(f, 'r');
  for (const args of [[Buffer.alloc(0)], [Buffer.alloc(4)], [Buffer.alloc(4), 0, null, 0], [Buffer.alloc(4), 0, undefined, 0],
    [Buffer.alloc(4), { position: 1 }], [{ buffer: Buffer.alloc(2), position: 2 }], [], [Buffer.alloc(4), 0, 4, 2n]]) {
    const r = await fh.read(...args);
    console.log('fh.read', args.length, r.bytesRead, r.buffer.length, JSON.stringify(r.buffer.toString('latin1', 0, r.bytesRead)));
  }
  await fh.read(Buffer.alloc(4), 0, 4, 'x').catch((e) => console.log('fh.read bad position', e.code));
  await fh.close();

  const d = await fs.promises.opendir(dir);
  const p = d.read();
  t('readSync during read', () => d.readSync());
  t('closeSync during read', () => d.closeSync());
  console.log('read entry', (await p).name);
  t('close bad callback', () => d.close('nope'));
  await d.close();
  await d.close().catch((e) => console.log('second close', e.code));
  d.close((e) => console.log('close callback after close', e.code));
  fs.closeSync(fd);
})();
