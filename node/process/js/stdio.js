'use strict';
// process.stdout / process.stderr / process.stdin, built on first touch as Node builds them
// (lib/internal/bootstrap/switches/is_main_thread.js): by what the fd is. A terminal gets a
// tty.WriteStream / tty.ReadStream, a file a SyncWriteStream / fs.ReadStream, a pipe or socket a
// net.Socket. Writes to every kind complete before write() returns (Node's behaviour on Linux
// for files, terminals and pipes), so output is never lost at exit.

const binding = internalBinding('internal/tty');
const UV_EPIPE = -32;

let Buffer_;
function toBuffer(ab) { return (Buffer_ ??= require('buffer').Buffer).from(ab); }

// StdioHandle is a libuv stream handle over one of the process's fds, with the StreamBase
// methods net.Socket calls.
class StdioHandle {
  constructor(fd, type) {
    this.fd = fd;
    this.type = type;
    this.reading = false;
    this.onread = null;
    this.writeQueueSize = 0;
    this.bytesRead = 0;
    this.bytesWritten = 0;
    this.reader = null;
    this.refed = true;
    this.isStreamBase = true;
    this.shut = false;
  }

  written(req, n, free = -1) {
    if (n < 0) return n;
    if (this.shut) return UV_EPIPE;
    req.bytes = n;
    req.async = false;
    // The bytes are written already, but a write the pipe could not take at once is one
    // libuv finishes when the pipe is writable again, in a later loop turn: report it as
    // pending until after the immediates queued now, so write() returns false and 'drain'
    // follows as in Node.
    if (free >= 0 && n > free) {
      req.async = true;
      setImmediate(() => setImmediate(() => req.oncomplete(0)));
    }
    return 0;
  }

  room(len) {
    // only a write that could overflow the pipe needs the measurement
    return this.type === 'PIPE' && len > 4096 ? binding.pipeFree(this.fd) : -1;
  }

  writeBuffer(req, buf) {
    if (this.shut) return UV_EPIPE;
    const free = this.room(buf.byteLength);
    return this.written(req, binding.writeBuffer(this.fd, buf), free); }
  writeUtf8String(req, s) {
    if (this.shut) return UV_EPIPE;
    const free = this.room(s.length);
    return this.written(req, binding.writeString(this.fd, s, 'utf8'), free); }
  writeLatin1String(req, s) { return this.written(req, binding.writeString(this.fd, s, 'latin1')); }
  writeAsciiString(req, s) { return this.written(req, binding.writeString(this.fd, s, 'latin1')); }
  writeUcs2String(req, s) { return this.written(req, binding.writeString(this.fd, s, 'ucs2')); }

  writev(req, chunks, allBuffers) {
    if (this.shut) return UV_EPIPE;
    let total = 0;
    if (allBuffers) {
      for (let i = 0; i < chunks.length; i++) {
        const n = binding.writeBuffer(this.fd, chunks[i]);
        if (n < 0) return n;
        total += n;
      }
    } else {
      for (let i = 0; i < chunks.length; i += 2) {
        const chunk = chunks[i];
        const enc = chunks[i + 1];
        const n = typeof chunk === 'string' ? binding.writeString(this.fd, chunk, normalizeEnc(enc)) : binding.writeBuffer(this.fd, chunk);
        if (n < 0) return n;
        total += n;
      }
    }
    return this.written(req, total);
  }

  readStart() {
    if (this.reader === null) {
      const handle = this;
      this.reader = binding.newReader(this.fd, function onRead(nread, ab) {
        if (typeof handle.onread === 'function') handle.onread(nread, ab === undefined ? undefined : toBuffer(ab));
      });
      if (!this.refed) this.reader.unref();
    }
    return this.reader.readStart();
  }

  readStop() {
    if (this.reader !== null) return this.reader.readStop();
    return 0;
  }

  // Nothing is queued (writes already completed); like libuv, a shut down stream refuses
  // further writes with EPIPE.
  shutdown() {
    this.shut = true;
    return 1;
  }
  getWriteQueueSize() { return 0; }
  setBlocking() { return 0; }
  getAsyncId() { return -1; }
  getProviderType() { return this.type === 'TTY' ? 32 : 25; }
  ref() { this.refed = true; if (this.reader) this.reader.ref(); }
  unref() { this.refed = false; if (this.reader) this.reader.unref(); }
  hasRef() { return this.refed && this.reader !== null; }

  close(cb) {
    if (this.reader !== null) this.reader.close();
    if (typeof cb === 'function') setImmediate(cb);
  }

  getWindowSize(arr) { return binding.getWindowSize(this.fd, arr); }
  setRawMode(flag) { return binding.setRawMode(this.fd, !!flag); }
}

function normalizeEnc(enc) {
  switch (enc) {
    case 'latin1': case 'binary': case 'ascii': return 'latin1';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'ucs2';
  }
  return 'utf8';
}

// SyncWriteStream is Node's writer for stdio that is a regular file.
let SyncWriteStream;
function getSyncWriteStream() {
  if (SyncWriteStream) return SyncWriteStream;
  const { Writable } = require('stream');
  SyncWriteStream = function SyncWriteStream(fd, options) {
    Reflect.apply(Writable, this, [{ autoDestroy: true }]);
    options = options || {};
    this.fd = fd;
    this.readable = false;
    this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  };
  Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(SyncWriteStream, Writable);
  SyncWriteStream.prototype._write = function(chunk, encoding, cb) {
    const n = binding.writeBuffer(this.fd, chunk);
    if (n < 0) {
      const { UVException } = require('internal/errors');
      cb(new UVException({ errno: n, syscall: 'write' }));
      return;
    }
    cb();
  };
  SyncWriteStream.prototype._destroy = function(err, cb) {
    if (this.fd === null) return cb(err);
    if (this.autoClose) require('fs').closeSync(this.fd);
    this.fd = null;
    cb(err);
  };
  SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;
  return SyncWriteStream;
}

function createWritableStdioStream(fd) {
  let stream;
  switch (binding.guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const SWS = getSyncWriteStream();
      stream = new SWS(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stream = new net.Socket({ handle: new StdioHandle(fd, 'PIPE'), readable: false, writable: true });
      stream._type = 'pipe';
      break;
    }
    default: {
      const { Writable } = require('stream');
      stream = new Writable({ write(buf, enc, cb) { cb(); } });
    }
  }
  stream.fd = fd;
  stream._isStdio = true;
  return stream;
}

// stdout and stderr stay open whatever the program does: destroy() only looks like it closed.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    process.nextTick(() => { this.emit('close'); });
  }
}

function createWritable(fd) {
  const stream = createWritableStdioStream(fd);
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  if (stream.isTTY) {
    process.on('SIGWINCH', () => stream._refreshSize());
  }
  return stream;
}

function createReadable(fd) {
  let stdin;
  switch (binding.guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE': {
      const fs = require('fs');
      stdin = new fs.ReadStream(null, { fd, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stdin = new net.Socket({ handle: new StdioHandle(fd, 'PIPE'), readable: true, writable: false, manualStart: true });
      // stdin can't be end()ed
      stdin._writableState.ended = true;
      break;
    }
    default: {
      const { Readable } = require('stream');
      stdin = new Readable({ read() {} });
      stdin.push(null);
    }
  }
  stdin.fd = fd;
  // stdin starts paused: not reading until someone asks for data.
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }
  // after pause() the stream stops reading one tick later, so that the process can end
  stdin.on('pause', () => process.nextTick(onpause));
  function onpause() {
    if (!stdin._handle) return;
    if (stdin._handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    }
  }
  return stdin;
}

// fastWrite writes console output before process.stdout/stderr exist, so a program that only
// logs never loads the stream machinery. It reports false when the write failed, and the
// caller then goes through the real stream (which reports the error as Node does).
function fastWrite(fd, s) {
  return binding.writeString(fd, s, 'utf8') >= 0;
}

function isTTY(fd) { return binding.guessHandleType(fd) === 'TTY'; }

module.exports = { createWritable, createReadable, StdioHandle, fastWrite, isTTY, getSyncWriteStream };
