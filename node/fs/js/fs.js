'use strict';
// node:fs (Node's lib/fs.js): argument handling here, the calls in Go (internalBinding('fs')).
// Every binding call is sync when its last argument is undefined; otherwise that argument is a
// callback (err, value) called on the loop once the work is done on the threadpool.
const binding = internalBinding('fs');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_MISSING_ARGS, ERR_INVALID_THIS }, AbortError,
} = require('internal/errors');
const {
  validateFunction, validateInteger, validateInt32, validateBoolean, validateObject, parseFileMode,
  validateUint32, kValidateObjectAllowNullable, validateOneOf,
} = require('internal/validators');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
// The binding builds Buffers itself where JS would pay for `new FastBuffer` (node/fs/streamio.go;
// not on every platform).
const readFileBuffer = typeof binding.setFastBuffer === 'function' && typeof binding.readFileBuffer === 'function';
if (readFileBuffer) binding.setFastBuffer(FastBuffer);
const pathModule = require('path');

const constants = Object.defineProperties({ __proto__: null }, Object.getOwnPropertyDescriptors(binding.constants));
const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  F_OK, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

const kEmptyObject = Object.freeze({ __proto__: null });
const ArrayPrototypeSlice = Function.prototype.call.bind(Array.prototype.slice);
const FunctionPrototypeApply = Function.prototype.call.bind(Function.prototype.apply);

// ---- arguments --------------------------------------------------------------------------

function isUint8Array(v) { return v instanceof Uint8Array; }
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }

function toU8(v) {
  if (v instanceof Uint8Array) return v;
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' &&
    v.auth === undefined && v.path === undefined;
}

// url.fileURLToPath, with its checks (scheme, host, encoded slashes); loaded on first use.
function fileURLToPath(url) {
  return require('url').fileURLToPath(url);
}

function getValidatedPath(path, name = 'path') {
  if (isURL(path)) path = fileURLToPath(path);
  if (typeof path === 'string') {
    if (path.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  if (isUint8Array(path)) {
    if (path.includes(0)) {
      throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

function isFd(v) { return typeof v === 'number' && (v | 0) === v && v >= 0; }

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaults = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = { ...defaults };
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

// access and copyFile check their mode in C++ in Node, with these messages.
function nativeMode(mode, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number' || (mode | 0) !== mode) {
    const e = new TypeError('mode must be int32 or null/undefined');
    Object.defineProperty(e, 'code', { __proto__: null, value: 'ERR_INVALID_ARG_TYPE', enumerable: true, writable: true, configurable: true });
    throw e;
  }
  if (mode < 0 || mode > 7) {
    const e = new RangeError('mode is out of range: >= 0 && <= 7');
    Object.defineProperty(e, 'code', { __proto__: null, value: 'ERR_OUT_OF_RANGE', enumerable: true, writable: true, configurable: true });
    throw e;
  }
  return mode;
}

function getValidMode(mode, type) {
  return nativeMode(mode, type === 'copyFile' ? 0 : F_OK);
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function encodeName(name, encoding) {
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const buf = Buffer.from(name); // a string, or the ArrayBuffer of a name's raw bytes
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// ---- Stats and Dirent ----------------------------------------------------------------------

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}
StatsBase.prototype.isDirectory = function() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function() { return this._checkModeProperty(S_IFSOCK); };

// The Date fields are made on first read and then become own properties, as in Node.
function lazyDates(proto, toMs) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const define = (obj, value) => Object.defineProperty(obj, name, {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
    Object.defineProperty(proto, name, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        const value = dateFromMs(toMs(this, name));
        define(this, value);
        return value;
      },
      set(value) {
        define(this, value);
      },
    });
  }
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
lazyDates(Stats.prototype, (s, name) => s[name + 'Ms']);
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
lazyDates(BigIntStats.prototype, (s, name) => s[name + 'Ms']);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// a is the binding's array: 10 numbers, then seconds and nanoseconds of the four times
function getStats(a, bigint) {
  if (a === undefined) return undefined;
  if (bigint) {
    const B = BigInt;
    const ns = (i) => B(a[i]) * 1000000000n + B(a[i + 1]);
    return new BigIntStats(B(a[0]), B(a[1]), B(a[2]), B(a[3]), B(a[4]), B(a[5]), B(a[6]), B(a[7]), B(a[8]), B(a[9]),
      ns(10), ns(12), ns(14), ns(16));
  }
  const ms = (i) => a[i] * 1e3 + a[i + 1] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], ms(10), ms(12), ms(14), ms(16));
}

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A Dirent made from an lstat (fs.glob's results for paths it did not read from a
// directory): the type questions go to the Stats.
const kStats = Symbol('stats');
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink', 'isFIFO', 'isSocket']) {
  DirentFromStats.prototype[name] = function() { return this[kStats][name](); };
}

// ---- plumbing ------------------------------------------------------------------------------

// req wraps a user callback for the binding, mapping the value with map.
function req(cb, map) {
  if (map === undefined) return (err, value) => (err ? cb(err) : value === undefined ? cb(null) : cb(null, value));
  return (err, value) => {
    if (err) return cb(err);
    let out;
    try {
      out = map(value);
    } catch (e) {
      return cb(e);
    }
    if (out === undefined) cb(null);
    else cb(null, out);
  };
}

// ---- the API -------------------------------------------------------------------------------

function readFileResult(options) {
  const encoding = options.encoding;
  return (ab) => {
    const buf = new FastBuffer(ab);
    return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
  };
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const fd = isFd(path);
  if (!fd) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const signal = options.signal;
  if (signal !== undefined) {
    if (signal.aborted) return callback(abortError(signal));
    const done = req(callback, readFileResult(options));
    return binding.readFile(path, fd, flags, (err, value) => (signal.aborted ? callback(abortError(signal)) : done(err, value)));
  }
  binding.readFile(path, fd, flags, req(callback, readFileResult(options)));
}

// Node's AbortError for an fs call whose signal was aborted; the reason is its cause.
function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// writeFile/appendFile with a live signal. As in Node the file is opened (and so truncated
// under 'w') before the signal is looked at again, and nothing is written once it is aborted.
function writeFileWithSignal(path, fd, bytes, flags, mode, signal, callback) {
  if (signal.aborted) return callback(abortError(signal));
  if (fd) {
    return binding.writeFile(path, true, bytes, 0, 0, (err) => callback(err || null));
  }
  binding.open(path, flags, mode, (err, handle) => {
    if (err) return callback(err);
    const finish = (err) => binding.close(handle, (closeErr) => callback(err || closeErr || null));
    if (signal.aborted) return finish(abortError(signal));
    binding.writeFile(handle, true, bytes, 0, 0, (err) => finish(err));
  });
}

// The options of a call without options. getOptions returns them as they are and nothing
// writes to them, so one object serves every call.
const kReadFileDefaults = Object.freeze({ __proto__: null, flag: 'r' });
const kWriteFileDefaults = Object.freeze({ __proto__: null, encoding: 'utf8', mode: 0o666, flag: 'w' });

function readFileSync(path, options) {
  options = getOptions(options, kReadFileDefaults);
  const fd = isFd(path);
  if (!fd) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const buf = readFileBuffer ? binding.readFileBuffer(path, fd, flags) : new FastBuffer(binding.readFile(path, fd, flags));
  const encoding = options.encoding;
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function toWriteData(data, encoding) {
  if (isArrayBufferView(data)) return toU8(data);
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return Buffer.from(data, encoding || 'utf8');
}

function writeArgs(path, data, options, flag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag });
  const fd = isFd(path);
  if (!fd) path = getValidatedPath(path, 'path');
  const bytes = toWriteData(data, options.encoding);
  const flags = stringToFlags(options.flag || flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  return [path, fd, bytes, flags, mode];
}

// options.flush: fsync the file before it is closed, through fs.fsync / fs.fsyncSync as in
// Node (so mocking them observes it).
function flushOption(options) {
  const flush = options?.flush ?? false;
  validateBoolean(flush, 'options.flush');
  return flush;
}

function writeFileFlushSync(p, fd, bytes, flags, mode) {
  const target = fd ? p : fs.openSync(p, flags, mode);
  try {
    binding.writeFile(target, true, bytes, flags, mode);
    fs.fsyncSync(target);
  } finally {
    if (!fd) fs.closeSync(target);
  }
}

function writeFileFlush(p, fd, bytes, flags, mode, callback) {
  const write = (target, done) => binding.writeFile(target, true, bytes, flags, mode, (err) => {
    if (err) return done(err);
    fs.fsync(target, done);
  });
  if (fd) return write(p, (err) => callback(err || null));
  fs.open(p, flags, mode, (err, target) => {
    if (err) return callback(err);
    write(target, (err) => fs.close(target, (err2) => callback(err || err2 || null)));
  });
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const flush = flushOption(typeof options === 'object' ? options : undefined);
  const [p, fd, bytes, flags, mode] = writeArgs(path, data, options, 'w');
  const signal = options?.signal;
  if (signal !== undefined) return writeFileWithSignal(p, fd, bytes, flags, mode, signal, callback);
  if (flush) return writeFileFlush(p, fd, bytes, flags, mode, callback);
  binding.writeFile(p, fd, bytes, flags, mode, req(callback));
}

// writeArgs by hand: this is the per-file path of programs writing many small files, and a
// destructured array costs goja an iterator and a result object per element.
function writeFileSync(path, data, options) {
  options = getOptions(options, kWriteFileDefaults);
  const flush = options.flush === undefined ? false : flushOption(options);
  const fd = isFd(path);
  if (!fd) path = getValidatedPath(path, 'path');
  // The binding reads any ArrayBufferView's bytes itself.
  const bytes = isArrayBufferView(data) ? data : toWriteData(data, options.encoding);
  const flags = stringToFlags(options.flag || 'w');
  const mode = options.mode === 0o666 ? 0o666 : parseFileMode(options.mode, 'mode', 0o666);
  if (flush) return writeFileFlushSync(path, fd, bytes, flags, mode);
  binding.writeFile(path, fd, bytes, flags, mode);
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(options.flag)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = appendOptions(options);
  const flush = flushOption(options);
  const [p, fd, bytes, flags, mode] = writeArgs(path, data, options, 'a');
  if (options.signal !== undefined) return writeFileWithSignal(p, fd, bytes, flags, mode, options.signal, callback);
  if (flush) return writeFileFlush(p, fd, bytes, flags, mode, callback);
  binding.writeFile(p, fd, bytes, flags, mode, req(callback));
}

function appendFileSync(path, data, options) {
  options = appendOptions(options);
  const flush = flushOption(options);
  const [p, fd, bytes, flags, mode] = writeArgs(path, data, options, 'a');
  if (flush) return writeFileFlushSync(p, fd, bytes, flags, mode);
  binding.writeFile(p, fd, bytes, flags, mode);
}

let existsWarned = false;
function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (e) {
    if (e?.code === 'ERR_INVALID_ARG_TYPE' && !existsWarned) {
      existsWarned = true;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated', 'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
  try {
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) { callback(!err); }
  try {
    path = getValidatedPath(path);
  } catch {
    return process.nextTick(callback, false);
  }
  binding.access(path, F_OK, suppressedCallback);
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: false,
  configurable: true,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function accessMode(mode) { return nativeMode(mode, F_OK); }

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  callback = maybeCallback(callback);
  binding.access(path, accessMode(mode), req(callback));
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), accessMode(mode));
}

function statOptions(options) {
  if (options == null || typeof options === 'function') return { bigint: false };
  return options;
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!statOptions(options).bigint;
  binding.stat(path, req(callback, (a) => getStats(a, bigint)));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!statOptions(options).bigint;
  binding.lstat(path, req(callback, (a) => getStats(a, bigint)));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = maybeCallback(callback);
  fd = getValidatedFd(fd);
  const bigint = !!statOptions(options).bigint;
  binding.fstat(fd, req(callback, (a) => getStats(a, bigint)));
}

function statSyncWith(fn, path, options) {
  options = options || { bigint: false, throwIfNoEntry: true };
  path = getValidatedPath(path);
  try {
    return getStats(fn(path), !!options.bigint);
  } catch (e) {
    if (options.throwIfNoEntry === false && e?.code === 'ENOENT') return undefined;
    throw e;
  }
}
function statSync(path, options) { return statSyncWith(binding.stat, path, options); }
function lstatSync(path, options) { return statSyncWith(binding.lstat, path, options); }
function fstatSync(fd, options) {
  fd = getValidatedFd(fd);
  return getStats(binding.fstat(fd), !!(options && options.bigint));
}

function readdirResult(path, options) {
  const encoding = options.encoding;
  return (r) => {
    if (options.withFileTypes) {
      const [names, types, parents] = r;
      return names.map((n, i) => new Dirent(encodeName(n, encoding), types[i], parents ? parents[i] : path));
    }
    return (options.recursive ? r[0] : r).map((n) => encodeName(n, encoding));
  };
}

function readdirCall(path, options, cb) {
  if (options.recursive) return binding.readdirRecursive(path, !!options.withFileTypes, cb);
  const enc = options.encoding;
  const raw = enc && enc !== 'utf8' && enc !== 'utf-8' ? 2 : 0;
  return binding.readdir(path, (options.withFileTypes ? 1 : 0) | raw, cb);
}

function readdirPrep(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return [path, options];
}

function readdir(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  [path, options] = readdirPrep(path, options);
  readdirCall(path, options, req(callback, readdirResult(typeof path === 'string' ? path : String(path), options)));
}

function readdirSync(path, options) {
  [path, options] = readdirPrep(path, options);
  return readdirResult(typeof path === 'string' ? path : String(path), options)(readdirCall(path, options));
}

function mkdirArgs(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) {
      recursive = options.recursive;
      validateBoolean(recursive, 'options.recursive');
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return [getValidatedPath(path), mode, recursive];
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const [p, mode, recursive] = mkdirArgs(path, options);
  binding.mkdir(p, mode, recursive, req(callback, (v) => (recursive ? v : undefined)));
}

function mkdirSync(path, options) {
  const [p, mode, recursive] = mkdirArgs(path, options);
  const r = binding.mkdir(p, mode, recursive);
  return recursive ? r : undefined;
}

function mkdtempArgs(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  if (typeof prefix !== 'string') prefix = Buffer.from(prefix).toString();
  return [prefix, options];
}

function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  [prefix, options] = mkdtempArgs(prefix, options);
  binding.mkdtemp(prefix, req(callback, (p) => encodeName(p, options.encoding)));
}

function mkdtempSync(prefix, options) {
  [prefix, options] = mkdtempArgs(prefix, options);
  return encodeName(binding.mkdtemp(prefix), options.encoding);
}

function rmArgs(path, options) {
  path = getValidatedPath(path);
  if (options !== undefined) validateObject(options, 'options');
  options = options || kEmptyObject;
  const force = options.force ?? false;
  const recursive = options.recursive ?? false;
  validateBoolean(force, 'options.force');
  validateBoolean(recursive, 'options.recursive');
  if (options.maxRetries !== undefined) validateInt32(options.maxRetries, 'options.maxRetries', 0);
  if (options.retryDelay !== undefined) validateInt32(options.retryDelay, 'options.retryDelay', 0);
  return [path, recursive, force];
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const [p, recursive, force] = rmArgs(path, options);
  binding.rm(p, recursive, force, req(callback));
}

function rmSync(path, options) {
  const [p, recursive, force] = rmArgs(path, options);
  binding.rm(p, recursive, force);
}

// rmdir's removed `recursive` option still works in Node 24, with DEP0147 once: a directory is
// removed as rm does, anything else goes to rmdir (and fails with ENOTDIR).
let rmdirRecursiveWarned = false;
function warnRmdirRecursive() {
  if (rmdirRecursiveWarned) return;
  rmdirRecursiveWarned = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRmdirRecursive();
    binding.lstat(path, (err, st) => {
      if (err) return callback(err);
      if ((st[1] & S_IFMT) !== S_IFDIR) return binding.rmdir(path, req(callback));
      binding.rm(path, true, false, req(callback));
    });
    return;
  }
  binding.rmdir(path, req(callback));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRmdirRecursive();
    const st = binding.lstat(path);
    if ((st[1] & S_IFMT) === S_IFDIR) return binding.rm(path, true, false);
  }
  binding.rmdir(path);
}

function unlink(path, callback) {
  callback = maybeCallback(callback);
  binding.unlink(getValidatedPath(path), req(callback));
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function rename(oldPath, newPath, callback) {
  callback = maybeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, req(callback));
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = maybeCallback(callback);
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'), req(callback));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'));
}

function symlinkArgs(target, path, type) {
  validateOneOf(type, 'type', ['dir', 'file', 'junction', null, undefined]);
  return [getValidatedPath(target, 'target'), getValidatedPath(path)];
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = maybeCallback(callback);
  const [t, p] = symlinkArgs(target, path, type);
  binding.symlink(t, p, req(callback), type); // the type matters on Windows only
}

function symlinkSync(target, path, type) {
  const [t, p] = symlinkArgs(target, path, type);
  binding.symlink(t, p, undefined, type);
}

function link(existingPath, newPath, callback) {
  callback = maybeCallback(callback);
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'), req(callback));
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function readlink(path, options, callback) {
  callback = maybeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.readlink(path, req(callback, (s) => encodeName(s, options.encoding)));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.readlink(path), options.encoding);
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  return encodeName(binding.realpath(p, false), options.encoding);
}
realpathSync.native = function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.realpath(path, true), options.encoding);
};

function realpath(p, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpath(p, false, req(callback, (s) => encodeName(s, options.encoding)));
}
realpath.native = function realpath(path, options, callback) {
  callback = typeof options === 'function' ? options : maybeCallback(callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, true, req(callback, (s) => encodeName(s, options.encoding)));
};

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = maybeCallback(callback);
  binding.chmod(path, mode, req(callback));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  binding.chmod(path, mode);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = maybeCallback(callback);
  binding.fchmod(fd, mode, req(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function utimes(path, atime, mtime, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), req(callback));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  callback = maybeCallback(callback);
  binding.futimes(fd, atime, mtime, req(callback));
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function truncate(path, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  binding.truncate(getValidatedPath(path), len, req(callback));
}

function truncateSync(path, len) {
  if (len === undefined) len = 0;
  validateInteger(len, 'len');
  binding.truncate(getValidatedPath(path), Math.max(0, len));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = maybeCallback(callback);
  binding.ftruncate(fd, len, req(callback));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = maybeCallback(callback);
  binding.open(path, flagsNumber, mode, req(callback));
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags), parseFileMode(mode, 'mode', 0o666));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = maybeCallback(callback);
  binding.close(fd, req(callback));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = maybeCallback(callback);
  binding.fsync(fd, req(callback));
}
function fsyncSync(fd) { binding.fsync(getValidatedFd(fd)); }
function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = maybeCallback(callback);
  binding.fdatasync(fd, req(callback));
}
function fdatasyncSync(fd) { binding.fdatasync(getValidatedFd(fd)); }

function validateBufferArg(buffer, name = 'buffer') {
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

// A bigint position stays a bigint (the binding reads it as an int64): as a number it would
// round past 2^53.
function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
    return position;
  }
  if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= max)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
    }
    return position;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
}

// readArgs normalizes FileHandle.read(buffer, offset, length, position),
// read(buffer, { offset, length, position }) and read({ buffer, ... }) as Node's does.
function readArgs(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  if (!isArrayBufferView(buffer)) {
    ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer.byteLength - offset, position = null } = buffer ?? kEmptyObject);
    validateBufferArg(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  return readRange(fd, buffer, offset, length, position);
}

// The checks Node's read, readSync and FileHandle.read share once the arguments are sorted out.
function readRange(fd, buffer, offset, length, position) {
  length |= 0;
  if (length === 0) return [fd, buffer, offset, 0, -1, true];
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else position = validatePosition(position, 'position', length);
  return [fd, buffer, offset, length, position, false];
}

// fs.read(fd, buffer, offset, length, position, cb), (fd, buffer, options, cb),
// (fd, options, cb), (fd, cb): the forms are told apart by the argument count, as in Node.
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  const argc = arguments.length;
  if (argc <= 4) {
    if (argc === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (argc === 3) {
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? kEmptyObject);
  }
  validateBufferArg(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  const [f, buf, off, len, pos, empty] = readRange(fd, buffer, offset, length, position);
  if (empty) return process.nextTick(() => callback(null, 0, buf));
  binding.read(f, toU8(buf), off, len, pos, (err, n) => (err ? callback(err) : callback(null, n, buf)));
}
Object.defineProperty(read, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  value: function read(...args) {
    return new Promise((resolve, reject) => fs.read(...args, (err, bytesRead, buffer) => (err ? reject(err) : resolve({ bytesRead, buffer }))));
  },
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBufferArg(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  const [f, buf, off, len, pos, empty] = readRange(fd, buffer, offset, length, position);
  if (empty) return 0;
  return binding.read(f, toU8(buf), off, len, pos);
}

// writeArgs normalizes write(fd, buffer, offset, length, position),
// write(fd, buffer, { offset, length, position }) and write(fd, string, position, encoding).
function writeArgsFd(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    if (offset > buffer.byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${buffer.byteLength}`, offset);
    if (length < 0 || offset + length > buffer.byteLength) {
      throw new ERR_OUT_OF_RANGE('length', `>= 0 && <= ${buffer.byteLength - offset}`, length);
    }
    return [fd, toU8(buffer), offset, length, position == null ? -1 : position, buffer];
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  position = offsetOrOptions;
  const encoding = length || 'utf8';
  if (typeof position !== 'number') position = null;
  const data = Buffer.from(buffer, encoding);
  return [fd, data, 0, data.byteLength, position == null ? -1 : position, buffer];
}

// write and writeSync take their arguments apart without spreading or array destructuring: each
// costs goja an iterator and a result object per element, more than a small write's own work.
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  const args = ArrayPrototypeSlice(arguments);
  callback = args.pop();
  validateFunction(callback, 'cb');
  const r = FunctionPrototypeApply(writeArgsFd, undefined, args);
  const orig = r[5];
  binding.write(r[0], r[1], r[2], r[3], r[4], (err, n) => (err ? callback(err) : callback(null, n, orig)));
}
Object.defineProperty(write, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  value: function write(...args) {
    return new Promise((resolve, reject) => fs.write(...args, (err, bytesWritten, buffer) => (err ? reject(err) : resolve({ bytesWritten, buffer }))));
  },
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  const r = FunctionPrototypeApply(writeArgsFd, undefined, arguments);
  return binding.write(r[0], r[1], r[2], r[3], r[4]);
}

const kMaxUserId = 2 ** 32 - 1;

function chownArgs(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  chownArgs(uid, gid);
  binding.chown(path, uid, gid, req(callback));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  chownArgs(uid, gid);
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  chownArgs(uid, gid);
  binding.lchown(path, uid, gid, req(callback));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  chownArgs(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  chownArgs(uid, gid);
  callback = maybeCallback(callback);
  binding.fchown(fd, uid, gid, req(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  chownArgs(uid, gid);
  binding.fchown(fd, uid, gid);
}

function lutimes(path, atime, mtime, callback) {
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), req(callback));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function vecArgs(fd, buffers, position) {
  fd = getValidatedFd(fd);
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
  if (typeof position !== 'number') position = -1;
  return [fd, buffers.map(toU8), position];
}

function readv(fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = maybeCallback(callback);
  const [f, views, pos] = vecArgs(fd, buffers, position);
  binding.readv(f, views, pos, (err, n) => (err ? callback(err) : callback(null, n, buffers)));
}

function readvSync(fd, buffers, position) {
  const [f, views, pos] = vecArgs(fd, buffers, position);
  return binding.readv(f, views, pos);
}

function writev(fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  callback = maybeCallback(callback);
  const [f, views, pos] = vecArgs(fd, buffers, position);
  if (views.length === 0) return process.nextTick(callback, null, 0, buffers);
  binding.writev(f, views, pos, (err, n) => (err ? callback(err) : callback(null, n, buffers)));
}

function writevSync(fd, buffers, position) {
  const [f, views, pos] = vecArgs(fd, buffers, position);
  if (views.length === 0) return 0;
  return binding.writev(f, views, pos);
}

class StatFs {
  constructor(type, bsize, frsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.frsize = frsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFs(a, bigint) {
  return new StatFs(...(bigint ? a.map(BigInt) : a));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = maybeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!(options && options.bigint);
  binding.statfs(path, req(callback, (a) => getStatFs(a, bigint)));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFs(binding.statfs(path), !!(options && options.bigint));
}

// ---- Dir (opendir) ----

const dirState = new WeakMap();

function dirNext(st) {
  // recursive: subdirectories are read after the entries already listed, each once
  while (st.index >= st.entries[0].length) {
    if (!st.queue || st.queue.length === 0) return null;
    st.dir = st.queue.shift();
    st.entries = binding.opendir(st.dir);
    st.index = 0;
  }
  const [names, types] = st.entries;
  const i = st.index++;
  if (st.queue && types[i] === UV_DIRENT_DIR) st.queue.push(pathModule.join(st.dir, names[i]));
  return new Dirent(encodeName(names[i], st.encoding), types[i], st.dir);
}

function dirConcurrentError() {
  const { codes: { ERR_DIR_CONCURRENT_OPERATION } } = require('internal/errors');
  return new ERR_DIR_CONCURRENT_OPERATION();
}

function dirClosedError() {
  const { codes: { ERR_DIR_CLOSED } } = require('internal/errors');
  return new ERR_DIR_CLOSED();
}

class Dir {
  constructor(path, entries, encoding, recursive) {
    // Node's first argument is the native handle; like Node, a missing one is an error.
    if (!path) throw new ERR_MISSING_ARGS('handle');
    dirState.set(this, { path, entries, encoding, index: 0, closed: false, pending: 0, dir: path,
                         queue: recursive ? [] : undefined });
  }
  get path() {
    const st = dirState.get(this);
    if (st === undefined) throw new ERR_INVALID_THIS('Dir');
    return st.path;
  }
  readSync() {
    const st = dirState.get(this);
    if (st.closed) throw dirClosedError();
    if (st.pending > 0) throw dirConcurrentError();
    return dirNext(st);
  }
  read(callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    const st = dirState.get(this);
    // The entry is taken now; until it is delivered the handle counts as busy, as Node's
    // queued native read does.
    let err = null;
    let e;
    if (st.closed) err = dirClosedError();
    else e = dirNext(st);
    st.pending++;
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        process.nextTick(() => {
          st.pending--;
          if (err) reject(err);
          else resolve(e);
        });
      });
    }
    process.nextTick(() => {
      st.pending--;
      if (err) callback(err);
      else callback(null, e);
    });
  }
  closeSync() {
    const st = dirState.get(this);
    if (st.closed) throw dirClosedError();
    if (st.pending > 0) throw dirConcurrentError();
    st.closed = true;
  }
  close(callback) {
    if (callback !== undefined) validateFunction(callback, 'callback');
    const st = dirState.get(this);
    const err = st.closed ? dirClosedError() : null;
    st.closed = true;
    if (callback === undefined) {
      return new Promise((resolve, reject) => process.nextTick(() => (err ? reject(err) : resolve())));
    }
    process.nextTick(callback, err);
  }
  entries() {
    const dir = this;
    return {
      next() {
        return dir.read().then((value) => {
          if (value === null) {
            if (!dirState.get(dir).closed) dir.closeSync();
            return { value: undefined, done: true };
          }
          return { value, done: false };
        });
      },
      return() {
        if (!dirState.get(dir).closed) dir.closeSync();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
  [Symbol.asyncIterator]() { return this.entries(); }
}
if (Symbol.dispose) Dir.prototype[Symbol.dispose] = function() { if (!dirState.get(this).closed) this.closeSync(); };
if (Symbol.asyncDispose) Dir.prototype[Symbol.asyncDispose] = function() { if (!dirState.get(this).closed) this.closeSync(); return Promise.resolve(); };

function opendirArgs(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  return [path, options];
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  [path, options] = opendirArgs(path, options);
  const p = typeof path === 'string' ? path : Buffer.from(path).toString();
  binding.opendir(path, req(callback, (entries) => new Dir(p, entries, options.encoding, options.recursive)));
}

function opendirSync(path, options) {
  [path, options] = opendirArgs(path, options);
  const p = typeof path === 'string' ? path : Buffer.from(path).toString();
  return new Dir(p, binding.opendir(path), options.encoding, options.recursive);
}

// ---- cp ----
// One walk written as a generator that yields [op, ...args]; cpSync runs the ops synchronously,
// cp and promises.cp on the pool. Errors differ as Node's do: cpSync's come from C++ (plain
// Errors with a code), cp's from JS (SystemErrors).

// Node's validateCpOptions: defaults first, then every option checked, in its order.
function cpOptions(options) {
  const defaults = {
    dereference: false, errorOnExist: false, filter: undefined, force: true, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false, mode: 0,
  };
  if (options == null) return defaults;
  validateObject(options, 'options');
  const opts = { ...defaults, ...options };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(opts[k], `options.${k}`);
  }
  if (opts.mode != null) validateInteger(opts.mode, 'mode', 0, 7);
  else opts.mode = 0;
  if (opts.dereference === true && opts.verbatimSymlinks === true) {
    const { codes: { ERR_INCOMPATIBLE_OPTION_PAIR } } = require('internal/errors');
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (opts.filter !== undefined) validateFunction(opts.filter, 'options.filter');
  return opts;
}

// cpError is the error of one failed check. Node's cpSync copies a directory's contents in C++,
// whose errors are plain Errors with a code (native: true); everything else, cpSync's checks on
// the top-level paths included, throws Node's SystemErrors.
function cpError(native, code, nativeMessage, info) {
  if (native) {
    const e = new Error(nativeMessage);
    Object.defineProperty(e, 'code', { __proto__: null, value: code, enumerable: true, writable: true, configurable: true });
    return e;
  }
  const { codes } = require('internal/errors');
  const errno = require('os').constants.errno;
  return new codes[code]({ message: info.message, path: info.path, syscall: 'cp', errno: errno[info.code], code: info.code });
}

function dirSlash(p) { return p.endsWith('/') ? p : p + '/'; }

// Node's isSrcSubdir: every segment of src starts dest (path strings only).
function isSrcSubdir(src, dest) {
  const srcArr = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const destArr = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

const sameFile = (a, b) => b && a[0] === b[0] && a[7] === b[7] && b[7] !== 0;

// cpWalk is Node's cp: checks on src and dest, then (for the top-level call) on dest's
// parents, then the copy by type. It yields [op, ...args] for cpSync and cp to run.
function* cpWalk(src, dest, opts, sync, top) {
  const native = sync && !top;
  // Node's cpSync without a filter copies directories in C++, which dereferences only the
  // top-level source: links inside stay links.
  const statOp = opts.dereference && !(native && !opts.filter) ? 'stat' : 'lstat';
  if (opts.filter) {
    const keep = yield ['filter', src, dest];
    if (!keep) return;
  }
  const srcStat = yield [statOp, src];
  let destStat;
  try {
    destStat = yield [statOp, dest];
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  const srcIsDir = (srcStat[1] & S_IFMT) === S_IFDIR;
  if (destStat) {
    if (sameFile(srcStat, destStat)) {
      throw cpError(sync, 'ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`,
        { message: 'src and dest cannot be the same', path: dest, code: 'EINVAL' });
    }
    const destIsDir = (destStat[1] & S_IFMT) === S_IFDIR;
    if (srcIsDir && !destIsDir) {
      throw cpError(sync, 'ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`,
        { message: `cannot overwrite non-directory ${dest} with directory ${src}`, path: dest, code: 'EISDIR' });
    }
    if (!srcIsDir && destIsDir) {
      throw cpError(sync, 'ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`,
        { message: `cannot overwrite directory ${dest} with non-directory ${src}`, path: dest, code: 'ENOTDIR' });
    }
  }
  if (srcIsDir && isSrcSubdir(src, dest)) {
    throw cpError(sync, 'ERR_FS_CP_EINVAL', `Cannot copy ${dirSlash(src)} to a subdirectory of self ${dest}`,
      { message: `cannot copy ${src} to a subdirectory of self ${dest}`, path: dest, code: 'EINVAL' });
  }
  if (top) {
    // dest's parents, deepest first, up to src's parent or the root: none may be src.
    const srcParent = pathModule.resolve(pathModule.dirname(src));
    let destParent = pathModule.resolve(pathModule.dirname(dest));
    while (destParent !== srcParent && destParent !== pathModule.parse(destParent).root) {
      let parentStat;
      try {
        parentStat = yield ['stat', destParent];
      } catch (e) {
        if (e.code !== 'ENOENT') throw e;
        break;
      }
      if (sameFile(srcStat, parentStat)) {
        throw cpError(sync, 'ERR_FS_CP_EINVAL', `Cannot copy ${dirSlash(src)} to a subdirectory of self ${dest}`,
          { message: `cannot copy ${src} to a subdirectory of self ${dest}`, path: dest, code: 'EINVAL' });
      }
      destParent = pathModule.resolve(pathModule.dirname(destParent));
    }
    yield ['mkdirp', pathModule.dirname(dest)];
  }
  const type = srcStat[1] & S_IFMT;
  if (type === S_IFDIR) {
    if (!opts.recursive) {
      if (sync) {
        throw cpError(true, 'ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${dirSlash(src)}`);
      }
      const { codes: { ERR_FS_EISDIR } } = require('internal/errors');
      throw new ERR_FS_EISDIR({ message: `${src} is a directory (not copied)`, path: src, syscall: 'cp',
        errno: require('os').constants.errno.EISDIR, code: 'EISDIR' });
    }
    if (destStat && opts.errorOnExist && !opts.force && !sync) {
      throw cpError(false, 'ERR_FS_CP_EEXIST', '', { message: `${dest} already exists`, path: dest, code: 'EEXIST' });
    }
    if (!destStat) yield ['mkdir', dest, srcStat[1] & 0o7777];
    // in directory order, as Node's opendir and std::filesystem walks go (readdir sorts)
    const [names] = yield ['opendir', src];
    for (const name of names) {
      yield* cpWalk(pathModule.join(src, name), pathModule.join(dest, name), opts, sync, false);
    }
    if (!destStat) yield ['chmod', dest, srcStat[1] & 0o7777];
    return;
  }
  if (type === S_IFLNK) {
    yield* cpLink(src, dest, destStat, opts, native);
    return;
  }
  if (type !== S_IFREG && type !== S_IFCHR && type !== S_IFBLK) {
    // Node's native directory copy passes over sockets and FIFOs.
    if (native) return;
    const kind = type === S_IFSOCK ? ['ERR_FS_CP_SOCKET', 'a socket file'] :
      type === S_IFIFO ? ['ERR_FS_CP_FIFO_PIPE', 'a FIFO pipe'] : ['ERR_FS_CP_UNKNOWN', 'an unknown file type'];
    if (sync) throw cpError(true, kind[0], `Cannot copy ${kind[1]}: ${dest}`);
    throw cpError(false, kind[0], '', { message: `cannot copy ${kind[1]}: ${dest}`, path: dest, code: 'EINVAL' });
  }
  if (destStat) {
    if (!opts.force) {
      if (opts.errorOnExist) {
        throw cpError(native, 'ERR_FS_CP_EEXIST', `[ERR_FS_CP_EEXIST]: Target already exists: cp returned EEXIST (${dest} already exists)`,
          { message: `${dest} already exists`, path: dest, code: 'EEXIST' });
      }
      return;
    }
    yield ['unlink', dest];
  }
  yield ['copyFile', src, dest, opts.mode || 0];
  if (opts.preserveTimestamps) {
    yield ['utimes', dest, srcStat[10] + srcStat[11] / 1e9, srcStat[12] + srcStat[13] / 1e9];
  }
}

// Node's onLink: a link is copied as a link (its target made absolute unless verbatimSymlinks);
// replacing a link in dest must not make either tree contain the other.
function* cpLink(src, dest, destStat, opts, native) {
  let resolvedSrc = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
    resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
  }
  let srcIsDir = false;
  try {
    srcIsDir = ((yield ['stat', src])[1] & S_IFMT) === S_IFDIR;
  } catch {
    // a dangling link is copied as one
  }
  if (!destStat) {
    yield ['symlink', resolvedSrc, dest];
    return;
  }
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest];
  } catch (e) {
    if (e.code !== 'EINVAL' && e.code !== 'UNKNOWN') throw e;
    if (native) {
      const err = new Error(`EEXIST, File exists '${dest}'`);
      Object.assign(err, { errno: require('os').constants.errno.EEXIST, code: 'EEXIST', syscall: 'cp', path: dest });
      throw err;
    }
    yield ['symlink', resolvedSrc, dest]; // fails with EEXIST: dest is not a link
    return;
  }
  if (!pathModule.isAbsolute(resolvedDest)) resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
  if (srcIsDir && isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError(native, 'ERR_FS_CP_EINVAL', `Cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`,
      { message: `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, path: dest, code: 'EINVAL' });
  }
  if (srcIsDir && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError(native, 'ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', `cannot overwrite ${resolvedDest} with ${resolvedSrc}`,
      { message: `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, path: dest, code: 'EINVAL' });
  }
  yield ['unlink', dest];
  yield ['symlink', resolvedSrc, dest];
}

function cpOp(op, args, opts) {
  switch (op) {
    case 'mkdirp': return [binding.mkdir, args[0], 0o777, true];
    case 'mkdir': return [binding.mkdir, args[0], args[1], false];
    case 'utimes': return [binding.utimes, args[0], args[1], args[2]];
    case 'copyFile': return [binding.copyFile, args[0], args[1], args[2]];
    case 'symlink': return [binding.symlink, args[0], args[1]];
    case 'chmod': return [binding.chmod, args[0], args[1]];
    default: return [binding[op], ...args];
  }
}

function cpSync(src, dest, options) {
  const opts = cpOptions(options);
  src = pathModule.toNamespacedPath(getValidatedPath(src, 'src'));
  dest = pathModule.toNamespacedPath(getValidatedPath(dest, 'dest'));
  src = typeof src === 'string' ? src : Buffer.from(src).toString();
  dest = typeof dest === 'string' ? dest : Buffer.from(dest).toString();
  const gen = cpWalk(src, dest, opts, true, true);
  let step = gen.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let value;
    let failed = false;
    try {
      if (op === 'filter') {
        value = opts.filter(args[0], args[1]);
        if (value != null && typeof value.then === 'function') {
          const { codes: { ERR_INVALID_RETURN_VALUE } } = require('internal/errors');
          throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', value);
        }
      } else {
        const [fn, ...rest] = cpOp(op, args, opts);
        value = fn(...rest);
      }
    } catch (e) {
      failed = true;
      value = e;
    }
    step = failed ? gen.throw(value) : gen.next(value);
  }
}

async function cpAsync(src, dest, options) {
  const opts = cpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  src = typeof src === 'string' ? src : Buffer.from(src).toString();
  dest = typeof dest === 'string' ? dest : Buffer.from(dest).toString();
  const gen = cpWalk(src, dest, opts, false, true);
  let step = gen.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let value;
    let failed = false;
    try {
      if (op === 'filter') {
        value = await opts.filter(args[0], args[1]);
      } else {
        const [fn, ...rest] = cpOp(op, args, opts);
        value = await new Promise((resolve, reject) => fn(...rest, (err, v) => (err ? reject(err) : resolve(v))));
      }
    } catch (e) {
      failed = true;
      value = e;
    }
    step = failed ? gen.throw(value) : gen.next(value);
  }
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const opts = cpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  cpAsync(src, dest, opts).then(() => callback(null), callback);
}

function mkdtempDisposableSync(prefix, options) {
  const path = mkdtempSync(prefix, options);
  // removal does not depend on the cwd at that time
  const full = pathModule.resolve(path);
  const remove = () => rmSync(full, { force: true, recursive: true });
  const disposable = { path, remove };
  if (Symbol.dispose) disposable[Symbol.dispose] = remove;
  return disposable;
}

// fs.Stats is Node's deprecated wrapper of the Stats constructor (DEP0180); instanceof still
// works as its prototype is Stats.prototype.
let dep0180 = false;
const StatsExport = {
  deprecated: function(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    if (!dep0180) {
      dep0180 = true;
      process.emitWarning('fs.Stats constructor is deprecated.', 'DeprecationWarning', 'DEP0180');
    }
    if (new.target) return Reflect.construct(Stats, arguments, new.target);
    return Reflect.apply(Stats, this, arguments);
  },
}.deprecated;
StatsExport.prototype = Stats.prototype;
Object.setPrototypeOf(StatsExport, StatsBase);

// ---- watchFile (stat polling, as uv_fs_poll does) ----

const statWatchers = new Map();
let StatWatcherClass;

function zeroStats() { return new Array(18).fill(0); }

function sameStat(a, b) {
  // the fields libuv compares: ctime, mtime, birthtime, size, mode, uid, gid, ino, dev
  for (const i of [14, 15, 12, 13, 16, 17, 8, 1, 3, 4, 7, 0]) if (a[i] !== b[i]) return false;
  return true;
}

function getStatWatcher() {
  if (StatWatcherClass) return StatWatcherClass;
  const EventEmitter = require('events');
  StatWatcherClass = class StatWatcher extends EventEmitter {
    constructor(bigint) {
      super();
      this._bigint = bigint;
      this._timer = null;
      this._prev = null;
      this._lastErr = 0;
    }
    _start(filename, persistent, interval) {
      const poll = (first) => {
        binding.stat(filename, (err, a) => {
          if (this._timer === null) return;
          const code = err ? err.errno : 0;
          if (err) {
            if (first || code !== this._lastErr) {
              const prev = this._prev || zeroStats();
              this._prev = zeroStats();
              this._lastErr = code;
              this.emit('change', getStats(zeroStats(), this._bigint), getStats(prev, this._bigint));
            }
            return;
          }
          this._lastErr = 0;
          if (first && this._prev === null) {
            this._prev = a;
            return;
          }
          if (!sameStat(a, this._prev)) {
            const prev = this._prev;
            this._prev = a;
            this.emit('change', getStats(a, this._bigint), getStats(prev, this._bigint));
          }
        });
      };
      this._timer = setInterval(() => poll(false), interval);
      if (!persistent) this._timer.unref();
      poll(true);
    }
    stop() {
      if (this._timer === null) return;
      clearInterval(this._timer);
      this._timer = null;
      process.nextTick(() => this.emit('stop'));
    }
    ref() {
      if (this._timer) this._timer.ref();
      return this;
    }
    unref() {
      if (this._timer) this._timer.unref();
      return this;
    }
  };
  return StatWatcherClass;
}

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(typeof filename === 'string' ? filename : Buffer.from(filename).toString());
  let stat = statWatchers.get(filename);
  if (typeof options === 'function') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  if (stat === undefined) {
    const StatWatcher = getStatWatcher();
    stat = new StatWatcher(!!options.bigint);
    stat._start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(typeof filename === 'string' ? filename : Buffer.from(filename).toString());
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// ---- watch (inotify on Linux) ----

let FSWatcherClass;
function getFSWatcher() {
  if (FSWatcherClass) return FSWatcherClass;
  const EventEmitter = require('events');
  FSWatcherClass = class FSWatcher extends EventEmitter {
    constructor() {
      super();
      this._handle = null;
    }
    _start(filename, persistent, encoding, recursive) {
      try {
        this._handle = binding.watchStart(filename, (eventType, name) => {
          this.emit('change', eventType, encodeName(name, encoding));
        }, recursive);
      } catch (e) {
        const err = new Error(e.message);
        err.errno = e.errno;
        err.syscall = e.syscall;
        err.code = e.code;
        err.path = filename;
        err.filename = filename;
        throw err;
      }
      if (!persistent) binding.watchRef(this._handle, false);
    }
    close() {
      if (this._handle === null) return;
      binding.watchClose(this._handle);
      this._handle = null;
      process.nextTick(() => this.emit('close'));
    }
    ref() {
      if (this._handle !== null) binding.watchRef(this._handle, true);
      return this;
    }
    unref() {
      if (this._handle !== null) binding.watchRef(this._handle, false);
      return this;
    }
  };
  return FSWatcherClass;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
  }
  options = { ...getOptions(options) };
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  validateBoolean(options.persistent, 'options.persistent');
  validateBoolean(options.recursive, 'options.recursive');
  filename = getValidatedPath(filename, 'filename');
  if (typeof filename !== 'string') filename = Buffer.from(filename).toString();
  const FSWatcher = getFSWatcher();
  const watcher = new FSWatcher();
  watcher._start(filename, options.persistent, options.encoding, options.recursive);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) process.nextTick(() => watcher.close());
    else options.signal.addEventListener('abort', () => watcher.close(), { once: true });
  }
  return watcher;
}

// A Blob of the file's bytes as they are now (Node's is read lazily from the file; the
// contents are the same unless the file changes afterwards).
function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  require('internal/validators').validateString(type, 'options.type');
  if (isURL(path)) path = fileURLToPath(path);
  else if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  path = getValidatedPath(path);
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    const err = new TypeError('Unable to open file as blob');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  return Promise.resolve(new Blob([bytes], { type }));
}

// glob's walker and matcher load on first use
function glob(pattern, options, callback) {
  return require('internal/fs/glob').glob(pattern, options, callback);
}
function globSync(pattern, options) {
  return require('internal/fs/glob').globSync(pattern, options);
}

function _toUnixTimestamp(time, name) { return toUnixTimestamp(time, name); }

// the keys in Node's order (lchmod exists only where O_SYMLINK does, not on Linux)
const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync, close, closeSync,
  copyFile, copyFileSync, cp, cpSync, createReadStream, createWriteStream, exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync,
  fdatasyncSync, fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync, glob, globSync, lchown,
  lchownSync, lchmod: undefined, lchmodSync: undefined, link, linkSync, lstat, lstatSync, lutimes,
  lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, mkdtempDisposableSync, open, openSync, openAsBlob, readdir, readdirSync, read, readSync,
  readv, readvSync, readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync, rename,
  renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync, statfsSync, symlink, symlinkSync,
  truncate, truncateSync, unwatchFile, unlink, unlinkSync, utimes, utimesSync, watch, watchFile, writeFile, writeFileSync, write, writeSync,
  writev, writevSync, Dirent, Stats: StatsExport,
};

// The stream classes load node:stream on first use. Assigning fs.ReadStream replaces the
// class (the setter exists for that), as in Node.
let ReadStream;
let WriteStream;
function lazyStreams() {
  if (ReadStream === undefined) ({ ReadStream, WriteStream } = require('internal/fs/streams'));
}
function createReadStream(path, options) {
  lazyStreams();
  return new ReadStream(path, options);
}
function createWriteStream(path, options) {
  lazyStreams();
  return new WriteStream(path, options);
}
function streamAccessor(get, set) {
  return { __proto__: null, get, set, enumerable: true, configurable: true };
}
Object.defineProperties(fs, {
  ReadStream: streamAccessor(function() { lazyStreams(); return ReadStream; }, function(val) { ReadStream = val; }),
  WriteStream: streamAccessor(function() { lazyStreams(); return WriteStream; }, function(val) { WriteStream = val; }),
  // Legacy names.
  FileReadStream: streamAccessor(function() { lazyStreams(); return ReadStream; }, function(val) { ReadStream = val; }),
  FileWriteStream: streamAccessor(function() { lazyStreams(); return WriteStream; }, function(val) { WriteStream = val; }),
  // an accessor of its own name, as Node's ('get Utf8Stream'), without a setter
  Utf8Stream: Object.getOwnPropertyDescriptor({
    get Utf8Stream() { return require('internal/fs/utf8stream').Utf8Stream; },
  }, 'Utf8Stream'),
});
fs._toUnixTimestamp = _toUnixTimestamp;
fs.Dir = Dir;
fs.opendir = opendir;
fs.opendirSync = opendirSync;

let dep0176 = false;
function deprecatedConstant(name) {
  return {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      if (!dep0176) {
        dep0176 = true;
        process.emitWarning(`fs.${name} is deprecated, use fs.constants.${name} instead`, 'DeprecationWarning', 'DEP0176');
      }
      return constants[name];
    },
  };
}

Object.defineProperties(fs, {
  F_OK: deprecatedConstant('F_OK'),
  R_OK: deprecatedConstant('R_OK'),
  W_OK: deprecatedConstant('W_OK'),
  X_OK: deprecatedConstant('X_OK'),
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('fs/promises'); },
  },
});

// for fs/promises
Object.defineProperty(fs, Symbol.for('gnode.fs.internals'), {
  __proto__: null,
  value: {
    binding, getValidatedPath, getValidatedFd, getOptions, stringToFlags, parseFileMode, toWriteData, getStats,
    readFileResult, readdirResult, readdirCall, readdirPrep, mkdirArgs, mkdtempArgs, rmArgs, symlinkArgs,
    accessMode, getValidMode, toUnixTimestamp, encodeName, isFd, toU8, readArgs, writeArgsFd, appendOptions,
    writeArgs, pathModule, Dirent, Dir, cpAsync, opendirArgs, chownArgs, vecArgs, getStatFs,
    abortError, writeFileWithSignal, DirentFromStats, warnRmdirRecursive, flushOption,
    // fs.read and fs.write as fs defines them: streams take their native path only while the
    // fs module's functions are these (a program may replace them, and streams then call its own)
    read, write,
  },
});
