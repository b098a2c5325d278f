'use strict';
// node:fs/promises (Node's lib/internal/fs/promises.js) over the same binding as node:fs.
const fs = require('fs');
const {
  binding, getValidatedPath, getValidatedFd, getOptions, stringToFlags, parseFileMode, toWriteData, getStats,
  readFileResult, readdirResult, readdirCall, readdirPrep, mkdirArgs, mkdtempArgs, rmArgs, symlinkArgs,
  accessMode, getValidMode, toUnixTimestamp, encodeName, isFd, toU8, readArgs, writeArgsFd, appendOptions,
  chownArgs, vecArgs, getStatFs, Dir, opendirArgs, cpAsync, abortError, writeFileWithSignal, warnRmdirRecursive, flushOption,
} = fs[Symbol.for('gnode.fs.internals')];
const { validateInteger, validateObject, validateBoolean } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_STATE } } = require('internal/errors');

function call(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}

const kFd = Symbol('kFd');
const kLocked = Symbol('kLocked');
const kClosing = Symbol('kClosing');

const EventEmitter = require('events');

// What an operation on a closed FileHandle rejects with in Node: an Error with only code and
// syscall, not a UV exception.
function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
  }
  get fd() { return this[kFd]; }
  getAsyncId() { return -1; }
  // As in Node, 'close' is emitted when the close starts, and a second close() while the
  // first is under way shares its promise.
  close() {
    if (this[kFd] === -1) return this[kClosing] || Promise.resolve();
    const fd = this[kFd];
    this[kFd] = -1;
    this[kClosing] = call(binding.close, fd).finally(() => { this[kClosing] = undefined; });
    this.emit('close');
    return this[kClosing];
  }
  async [Symbol.asyncDispose]() { return this.close(); }
  readLines(options = undefined) {
    const { createInterface } = require('readline');
    return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
  async stat(options) { if (this[kFd] === -1) throw closedError('fstat'); return getStats(await call(binding.fstat, this.fd), !!(options && options.bigint)); }
  async sync() { if (this[kFd] === -1) throw closedError('fsync'); await call(binding.fsync, this.fd); }
  async datasync() { if (this[kFd] === -1) throw closedError('fdatasync'); await call(binding.fdatasync, this.fd); }
  async truncate(len = 0) {
    if (this[kFd] === -1) throw closedError('ftruncate');
    validateInteger(len, 'len');
    await call(binding.ftruncate, this.fd, Math.max(0, len));
  }
  async chmod(mode) { if (this[kFd] === -1) throw closedError('fchmod'); await call(binding.fchmod, this.fd, parseFileMode(mode, 'mode')); }
  async utimes(atime, mtime) {
    if (this[kFd] === -1) throw closedError('futimes');
    await call(binding.futimes, this.fd, toUnixTimestamp(atime), toUnixTimestamp(mtime));
  }
  async read(buffer, offset, length, position) {
    if (this[kFd] === -1) throw closedError('read');
    const [fd, buf, off, len, pos, empty] = readArgs(this.fd, ...arguments);
    if (empty) return { bytesRead: 0, buffer: buf };
    const bytesRead = await call(binding.read, fd, toU8(buf), off, len, pos);
    return { bytesRead, buffer: buf };
  }
  async write(buffer, offsetOrOptions, length, position) {
    if (this[kFd] === -1) throw closedError('write');
    const [fd, data, off, len, pos, orig] = writeArgsFd(this.fd, ...arguments);
    const bytesWritten = await call(binding.write, fd, data, off, len, pos);
    return { bytesWritten, buffer: orig };
  }
  async chown(uid, gid) {
    if (this[kFd] === -1) throw closedError('fchown');
    chownArgs(uid, gid);
    await call(binding.fchown, this.fd, uid, gid);
  }
  async readv(buffers, position) {
    if (this[kFd] === -1) throw closedError('readv');
    const [fd, views, pos] = vecArgs(this.fd, buffers, position);
    return { bytesRead: await call(binding.readv, fd, views, pos), buffers };
  }
  async writev(buffers, position) {
    if (this[kFd] === -1) throw closedError('writev');
    const [fd, views, pos] = vecArgs(this.fd, buffers, position);
    if (views.length === 0) return { bytesWritten: 0, buffers };
    return { bytesWritten: await call(binding.writev, fd, views, pos), buffers };
  }
  async readFile(options) {
    if (this[kFd] === -1) throw closedError('readFile');
    options = getOptions(options, { flag: 'r' });
    const signal = options.signal;
    if (signal?.aborted) throw abortError(signal);
    const ab = await call(binding.readFile, this.fd, true, 0);
    if (signal?.aborted) throw abortError(signal);
    return readFileResult(options)(ab);
  }
  async writeFile(data, options) {
    if (this[kFd] === -1) throw closedError('writeFile');
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    const signal = options.signal;
    if (signal?.aborted) throw abortError(signal);
    if (isCustomIterable(data)) return writeIterable(this.fd, data, options.encoding, signal);
    const bytes = toWriteData(data, options.encoding);
    if (signal === undefined) {
      await call(binding.writeFile, this.fd, true, bytes, 0, 0);
      return;
    }
    await writeChunked(this.fd, toU8(bytes), signal);
  }
  async appendFile(data, options) { return this.writeFile(data, options); }
  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }
  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
  // A byte ReadableStream over the file from its current position. As in Node the handle
  // stays locked for good (a second call throws even after the stream ended); autoClose
  // closes it when the stream ends or is cancelled.
  readableWebStream(options = undefined) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    if (options !== undefined) validateObject(options, 'options');
    const autoClose = options?.autoClose ?? false;
    validateBoolean(autoClose, 'options.autoClose');
    this[kLocked] = true;
    const handle = this;
    const done = () => {
      if (autoClose) return handle.close();
    };
    const { ReadableStream } = require('stream/web');
    return new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      async pull(controller) {
        const view = controller.byobRequest.view;
        const bytesRead = await call(binding.read, handle.fd, view, 0, view.byteLength, -1);
        if (bytesRead === 0) {
          await done();
          controller.close();
        }
        controller.byobRequest.respond(bytesRead);
      },
      cancel() { return done(); },
    });
  }
  [Symbol.for('nodejs.util.inspect.custom')]() {
    return `FileHandle {\n  fd: ${this.fd}\n}`;
  }
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call(binding.open, path, flagsNumber, mode));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  const fd = isFd(path);
  if (!fd) path = getValidatedPath(path);
  const signal = options.signal;
  if (signal?.aborted) throw abortError(signal);
  const ab = await call(binding.readFile, path, fd, stringToFlags(options.flag));
  if (signal?.aborted) throw abortError(signal);
  return readFileResult(options)(ab);
}

// Node writes at most 512 KiB per call when it has a signal to check between calls.
async function writeChunked(fd, u8, signal) {
  for (let off = 0; off < u8.byteLength;) {
    if (signal?.aborted) throw abortError(signal);
    off += await call(binding.write, fd, u8, off, Math.min(u8.byteLength - off, 512 * 1024), -1);
  }
  if (signal?.aborted) throw abortError(signal);
}

// fs.promises.writeFile and FileHandle.writeFile also take (async) iterables and streams of
// strings and buffers.
function isCustomIterable(data) {
  return data != null && typeof data === 'object' && !ArrayBuffer.isView(data) &&
    (typeof data[Symbol.asyncIterator] === 'function' || typeof data[Symbol.iterator] === 'function');
}

// for await, by hand (the engine has no for-await): a sync iterator's values are awaited too.
async function writeIterable(fd, data, encoding, signal) {
  if (signal?.aborted) throw abortError(signal);
  const isAsync = typeof data[Symbol.asyncIterator] === 'function';
  const it = isAsync ? data[Symbol.asyncIterator]() : data[Symbol.iterator]();
  let finished = false;
  try {
    for (;;) {
      const step = await it.next();
      if (step.done) {
        finished = true;
        break;
      }
      const chunk = isAsync ? step.value : await step.value;
      if (signal?.aborted) throw abortError(signal);
      const bytes = ArrayBuffer.isView(chunk) ? chunk : Buffer.from(chunk, encoding || 'utf8');
      await writeChunked(fd, toU8(bytes), signal);
    }
  } finally {
    if (!finished && typeof it.return === 'function') await it.return();
  }
}

async function writeOrAppend(path, data, options, flag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  if (flag === 'a') options = appendOptions(options);
  const flush = flushOption(options);
  if (path instanceof FileHandle) return path.writeFile(data, options);
  const fd = isFd(path);
  if (!fd) path = getValidatedPath(path);
  if (isCustomIterable(data)) {
    if (options.signal?.aborted) throw abortError(options.signal);
    const flags = stringToFlags(options.flag || flag);
    const target = fd ? path : await call(binding.open, path, flags, parseFileMode(options.mode, 'mode', 0o666));
    try {
      await writeIterable(target, data, options.encoding, options.signal);
      if (flush) await call(binding.fsync, target);
    } finally {
      if (!fd) await call(binding.close, target);
    }
    return;
  }
  const bytes = toWriteData(data, options.encoding);
  const flags = stringToFlags(options.flag || flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (options.signal !== undefined) {
    return call(writeFileWithSignal, path, fd, bytes, flags, mode, options.signal).then(() => undefined);
  }
  if (flush) {
    const target = fd ? path : await call(binding.open, path, flags, mode);
    try {
      await call(binding.writeFile, target, true, bytes, flags, mode);
      await call(binding.fsync, target);
    } finally {
      if (!fd) await call(binding.close, target);
    }
    return;
  }
  await call(binding.writeFile, path, fd, bytes, flags, mode);
}

async function writeFile(path, data, options) { return writeOrAppend(path, data, options, 'w'); }
async function appendFile(path, data, options) { return writeOrAppend(path, data, options, 'a'); }

async function access(path, mode) {
  path = getValidatedPath(path);
  await call(binding.access, path, accessMode(mode));
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  await call(binding.copyFile, src, dest, getValidMode(mode, 'copyFile'));
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await call(binding.rename, oldPath, newPath);
}

async function truncate(path, len = 0) {
  validateInteger(len, 'len');
  await call(binding.truncate, getValidatedPath(path), Math.max(0, len));
}

async function rm(path, options) {
  const [p, recursive, force] = rmArgs(path, options);
  await call(binding.rm, p, recursive, force);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRmdirRecursive();
    const st = await call(binding.lstat, path);
    if ((st[1] & fs.constants.S_IFMT) === fs.constants.S_IFDIR) {
      await call(binding.rm, path, true, false);
      return;
    }
  }
  await call(binding.rmdir, path);
}

async function mkdir(path, options) {
  const [p, mode, recursive] = mkdirArgs(path, options);
  const r = await call(binding.mkdir, p, mode, recursive);
  return recursive ? r : undefined;
}

async function readdir(path, options) {
  [path, options] = readdirPrep(path, options);
  // Unlike readdir and readdirSync, Node's promise form does not enter symlinked directories
  // when it returns Dirents.
  const r = options.recursive && options.withFileTypes ?
    await call(binding.readdirRecursive, path, 2) : await call(readdirCall, path, options);
  return readdirResult(typeof path === 'string' ? path : String(path), options)(r);
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await call(binding.readlink, path), options.encoding);
}

async function symlink(target, path, type) {
  const [t, p] = symlinkArgs(target, path, type);
  await new Promise((resolve, reject) => binding.symlink(t, p, (err) => (err ? reject(err) : resolve()), type));
}

async function link(existingPath, newPath) {
  await call(binding.link, getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStats(await call(binding.stat, path), !!(options && options.bigint));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStats(await call(binding.lstat, path), !!(options && options.bigint));
}

async function unlink(path) {
  await call(binding.unlink, getValidatedPath(path));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  await call(binding.chmod, path, mode);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call(binding.utimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await call(binding.realpath, path, true), options.encoding);
}

async function mkdtemp(prefix, options) {
  [prefix, options] = mkdtempArgs(prefix, options);
  return encodeName(await call(binding.mkdtemp, prefix), options.encoding);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  chownArgs(uid, gid);
  await call(binding.chown, path, uid, gid);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  chownArgs(uid, gid);
  await call(binding.lchown, path, uid, gid);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call(binding.lutimes, path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFs(await call(binding.statfs, path), !!(options && options.bigint));
}

async function opendir(path, options) {
  [path, options] = opendirArgs(path, options);
  const p = typeof path === 'string' ? path : String(path);
  return new Dir(p, await call(binding.opendir, path), options.encoding, options.recursive);
}

async function lchmod(path, mode) {
  const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function mkdtempDisposable(prefix, options) {
  const path = await mkdtemp(prefix, options);
  // removal does not depend on the cwd at that time
  const full = require('path').resolve(path);
  const remove = async () => { await rm(full, { force: true, recursive: true }); };
  const disposable = { path, remove };
  if (Symbol.asyncDispose) disposable[Symbol.asyncDispose] = remove;
  return disposable;
}

void getValidatedFd;
void ERR_INVALID_ARG_TYPE;

async function cp(src, dest, options) { return cpAsync(src, dest, options); }

function glob(pattern, options) {
  return require('internal/fs/glob').globIterator(pattern, options);
}

// fs.promises.watch: Node's async generator of { eventType, filename }, written as an iterator
// object (the engine has no async generators). Events are queued between next() calls. Like a
// generator, nothing is checked or started before the first next().
function watch(filename, options = {}) {
  let watcher = null;
  let finished = false;
  const queue = [];
  const waiters = [];
  let signal;
  const onAbort = () => {
    const err = abortError(signal);
    finish();
    while (waiters.length) waiters.shift().reject(err);
  };
  const finish = () => {
    finished = true;
    if (watcher) watcher.close();
    watcher = null;
    if (signal) signal.removeEventListener('abort', onAbort);
  };
  const start = () => {
    validateObject(options, 'options');
    signal = options.signal;
    if (signal !== undefined) require('internal/validators').validateAbortSignal(signal, 'options.signal');
    if (signal?.aborted) throw abortError(signal);
    watcher = fs.watch(filename, {
      persistent: options.persistent, recursive: options.recursive, encoding: options.encoding,
    });
    watcher.on('change', (eventType, name) => {
      const value = { eventType, filename: name };
      if (waiters.length) waiters.shift().resolve({ value, done: false });
      else queue.push(value);
    });
    watcher.on('error', (err) => {
      finish();
      while (waiters.length) waiters.shift().reject(err);
    });
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  };
  const iterator = {
    next() {
      if (watcher === null && !finished) {
        try {
          start();
        } catch (err) {
          finish();
          return Promise.reject(err);
        }
      }
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
    },
    return(value) {
      finish();
      queue.length = 0;
      while (waiters.length) waiters.shift().resolve({ value: undefined, done: true });
      return Promise.resolve({ value, done: true });
    },
    throw(err) {
      finish();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
    [Symbol.toStringTag]: 'AsyncGenerator',
  };
  return iterator;
}

// the keys in Node's order
module.exports = {
  access, copyFile, cp, glob, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir, readlink, symlink, lstat,
  stat, statfs, link, unlink, chmod, lchmod, lchown, chown, utimes, lutimes, realpath, mkdtemp,
  mkdtempDisposable, writeFile, appendFile, readFile, watch,
  constants: fs.constants,
};
