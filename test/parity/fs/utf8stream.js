// fs.Utf8Stream: option validation and its errors, getters, the event order of async and
// sync streams (ready, write, drain, finish, close), buffer mode, minLength + flush,
// maxLength drops, multi-byte accounting, writes queued after end(), reopen, mkdir,
// flushSync, destroyed-stream errors, EAGAIN retries through a custom fs.
const fs = require('fs');
const path = require('path');
const { dir, file } = require('./_tmp');

const errLine = (e) => `${e.name} ${e.code} ${e.message.replace(dir, '<tmp>')}`;
const attempt = (label, fn) => {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, errLine(e));
  }
};
const read = (f) => JSON.stringify(fs.readFileSync(f, 'utf8'));
const record = (s, ev) => {
  for (const e of ['ready', 'write', 'drain', 'drop', 'finish', 'close', 'error']) {
    s.on(e, (a) => ev.push(e + (a === undefined ? '' : ':' + (a instanceof Error ? a.code : Buffer.isBuffer(a) ? 'buf' + a.length : a))));
  }
  return ev;
};
const closed = (s) => new Promise((res) => s.once('close', res));

(async () => {
  const d = Object.getOwnPropertyDescriptor(fs, 'Utf8Stream');
  console.log(typeof fs.Utf8Stream, fs.Utf8Stream.name, fs.Utf8Stream.length, d.enumerable, d.configurable, typeof d.set, d.get.name);
  console.log(Object.getOwnPropertyNames(fs.Utf8Stream.prototype).join(','));
  console.log(Object.getPrototypeOf(fs.Utf8Stream.prototype) === require('events').prototype);

  for (const [label, o] of [['none', undefined], ['number', 1], ['empty', {}], ['fd obj', { fd: {} }],
    ['sync num', { fd: 1, sync: 1 }], ['fsync', { fd: 1, fsync: 'y' }], ['append', { fd: 1, append: 0 }],
    ['mkdir', { fd: 1, mkdir: 'x' }], ['minLength', { fd: 1, minLength: 20000 }], ['minLength str', { fd: 1, minLength: 'x' }],
    ['maxLength', { fd: 1, maxLength: -1 }], ['maxWrite', { fd: 1, maxWrite: 1.5 }], ['periodic', { fd: 1, periodicFlush: -5 }],
    ['minLength>=maxWrite', { fd: 1, minLength: 10, maxWrite: 10 }], ['contentMode', { fd: 1, contentMode: 'x' }],
    ['retry', { fd: 1, retryEAGAIN: 1 }], ['fs', { fd: 1, fs: 1 }], ['fs.write', { fd: 1, fs: { write: 1 } }],
    ['fs.mkdirSync', { fd: 1, fs: { mkdirSync: null } }], ['missing sync', { dest: path.join(dir, 'no', 'x'), sync: true }]]) {
    attempt(label, () => {
      const s = new fs.Utf8Stream(o);
      s.destroy();
      return 'made';
    });
  }

  // getters of an fd stream
  {
    const fd = fs.openSync(file('g.txt'), 'w');
    const s = new fs.Utf8Stream({ fd, minLength: 3, maxLength: 100, periodicFlush: 0, mode: 0o600 });
    console.log('getters', s.fd === fd, s.file, s.mode, s.contentMode, s.sync, s.append, s.minLength, s.maxLength,
                s.periodicFlush, s.mkdir, s.fsync, s.writing);
    const ev = record(s, []);
    s.end();
    await closed(s);
    console.log('fd stream end', ev.join(' '));
    attempt('closed fd', () => fs.fstatSync(fd));
  }

  // async file stream: ready, write, drain, end, then writes after end() still land
  {
    const f = file('a.txt');
    const s = new fs.Utf8Stream({ dest: f, append: false });
    console.log('file before ready', s.fd, s.file, s.writing);
    const ev = record(s, []);
    await new Promise((res) => s.once('ready', res));
    console.log('file after ready', s.fd > 2, s.file === f, s.writing);
    console.log('write', s.write('héllo\n'), s.writing);
    await new Promise((res) => s.once('drain', res));
    console.log('write2', s.write('wörld\n'));
    s.end();
    console.log('write after end', s.write('x'));
    await closed(s);
    console.log('async', ev.join(' '), read(f));
    attempt('write destroyed', () => s.write('y'));
    attempt('end destroyed', () => s.end());
    attempt('flushSync destroyed', () => s.flushSync());
    attempt('reopen destroyed', () => s.reopen());
    s.flush((err) => console.log('flush destroyed', errLine(err)));
    console.log('destroy twice', s.destroy());
  }

  // sync stream: writes land immediately; drain comes on nextTick, once
  {
    const f = file('s.txt');
    fs.writeFileSync(f, 'old\n');
    const s = new fs.Utf8Stream({ dest: f, sync: true });
    const ev = record(s, []);
    console.log('sync fd', s.fd > 2, s.writing);
    console.log('sync writes', s.write('a\n'), s.write('b\n'), read(f));
    await new Promise((res) => setImmediate(res));
    s.end();
    await closed(s);
    console.log('sync', ev.join(' '), read(f));
  }

  // data must be a string in utf8 mode and a Buffer in buffer mode
  {
    const f = file('b.bin');
    const s = new fs.Utf8Stream({ dest: f, contentMode: 'buffer', append: false, sync: true });
    const ev = record(s, []);
    attempt('buffer mode string', () => s.write('str'));
    console.log('buffer writes', s.write(Buffer.from('ab')), s.write(Buffer.from([0xe2, 0x82, 0xac])), s.contentMode);
    s.end();
    await closed(s);
    console.log('buffer', ev.join(' '), read(f));
    const u = new fs.Utf8Stream({ dest: file('u.txt'), sync: true });
    attempt('utf8 mode buffer', () => u.write(Buffer.from('x')));
    attempt('utf8 mode number', () => u.write(1));
    u.destroy();
  }

  // minLength holds data back until flush (fsync then callback) or end
  {
    const f = file('m.txt');
    const s = new fs.Utf8Stream({ dest: f, minLength: 8, append: false });
    const ev = record(s, []);
    await new Promise((res) => s.once('ready', res));
    console.log('min', s.write('abc'), s.writing, read(f));
    await new Promise((res) => s.flush((err) => { ev.push('flushed:' + err); res(); }));
    console.log('after flush', read(f));
    s.write('de');
    attempt('flush bad cb', () => s.flush(1));
    s.flushSync();
    console.log('after flushSync', read(f));
    s.end();
    await closed(s);
    console.log('minLength', ev.join(' '));
  }

  // maxLength drops what does not fit; write() returns false over the high-water mark
  {
    const f = file('x.txt');
    const s = new fs.Utf8Stream({ dest: f, maxLength: 5, minLength: 4, append: false, sync: true });
    const ev = record(s, []);
    console.log('max', s.write('ab'), s.write('cdef'), s.write('c'), s.write('d'), read(f));
    s.end();
    await closed(s);
    console.log('maxLength', ev.join(' '), read(f));
    const big = new fs.Utf8Stream({ dest: file('big.txt'), minLength: 16383, maxWrite: 16384, append: false });
    await new Promise((res) => big.once('ready', res));
    console.log('hwm', big.write('x'.repeat(16386)), big.write('y'));
    big.end();
    await closed(big);
    console.log('big', fs.statSync(file('big.txt')).size);
  }

  // reopen moves to a new file (log rotation); an fd stream cannot reopen
  {
    const f1 = file('r1.txt');
    const f2 = file('r2.txt');
    const s = new fs.Utf8Stream({ dest: f1 });
    const ev = record(s, []);
    await new Promise((res) => s.once('ready', res));
    s.write('one\n');
    s.reopen(f2);
    s.write('two\n');
    await new Promise((res) => s.once('drain', res));
    s.end();
    await closed(s);
    console.log('reopen', ev.join(' '), read(f1), read(f2), s.file === f2);
    const fdS = new fs.Utf8Stream({ fd: fs.openSync(file('r3.txt'), 'w') });
    attempt('reopen fd', () => fdS.reopen());
    fdS.destroy();
    await closed(fdS);
  }

  // mkdir creates the parent; without it opening fails with ENOENT as an 'error' event
  {
    const f = path.join(dir, 'deep', 'er', 'k.txt');
    const s = new fs.Utf8Stream({ dest: f, mkdir: true });
    const ev = record(s, []);
    s.write('k');
    s.end();
    await closed(s);
    console.log('mkdir', ev.join(' '), read(f), s.mkdir);
    const bad = new fs.Utf8Stream({ dest: path.join(dir, 'nope', 'k.txt') });
    const err = await new Promise((res) => bad.once('error', res));
    console.log('open error', errLine(err));
  }

  // a custom fs: EAGAIN is retried while retryEAGAIN says so, other errors are emitted
  {
    const calls = [];
    let failures = 2;
    const custom = {
      write(fd, data, enc, cb) {
        calls.push(['write', typeof data, data.length]);
        if (failures-- > 0) {
          const e = new Error('busy');
          e.code = 'EAGAIN';
          process.nextTick(cb, e);
          return;
        }
        fs.write(fd, data, enc, cb);
      },
    };
    const f = file('c.txt');
    const s = new fs.Utf8Stream({
      fd: fs.openSync(f, 'w'), fs: custom,
      retryEAGAIN: (err, writing, remaining) => { calls.push(['retry', err.code, writing, remaining]); return true; },
    });
    const ev = record(s, []);
    await new Promise((res) => s.once('ready', res));
    s.write('abc');
    s.write('de');
    await new Promise((res) => s.once('drain', res));
    s.end();
    await closed(s);
    console.log('retry', JSON.stringify(calls), ev.join(' '), read(f));

    const failing = new fs.Utf8Stream({
      fd: fs.openSync(file('c2.txt'), 'w'),
      fs: { write(fd, data, enc, cb) { const e = new Error('no'); e.code = 'EIO'; process.nextTick(cb, e); } },
    });
    const ev2 = record(failing, []);
    failing.write('z');
    await new Promise((res) => failing.once('error', () => setImmediate(res)));
    console.log('eio', ev2.join(' '), failing.writing);
    failing.destroy();
    await closed(failing);
    const refused = new fs.Utf8Stream({
      fd: fs.openSync(file('c3.txt'), 'w'), retryEAGAIN: () => false,
      fs: { write(fd, data, enc, cb) { const e = new Error('again'); e.code = 'EAGAIN'; process.nextTick(cb, e); } },
    });
    refused.write('q');
    const e3 = await new Promise((res) => refused.once('error', res));
    console.log('refused retry', e3.code);
    refused.destroy();
  }

  // Symbol.dispose destroys
  {
    const s = new fs.Utf8Stream({ dest: file('d.txt'), sync: true });
    const ev = record(s, []);
    s.write('d');
    s[Symbol.dispose]();
    await closed(s);
    console.log('dispose', ev.join(' '), read(file('d.txt')));
  }
})();
