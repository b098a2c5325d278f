'use strict';
// node:child_process. spawn/exec/execFile and their Sync forms are real; fork throws
// ERR_METHOD_NOT_IMPLEMENTED because gnode has no IPC channel.

const binding = internalBinding('child_process');
const { codes } = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

function signalNumber(sig) {
  if (sig === undefined || sig === null) return undefined;
  if (typeof sig === 'number') return sig;
  const n = require('os').constants.signals[String(sig).toUpperCase()];
  if (n === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  return n;
}

function normalizeStdio(stdio) {
  if (stdio === undefined) return ['pipe', 'pipe', 'pipe'];
  if (typeof stdio === 'string') return [stdio, stdio, stdio];
  if (Array.isArray(stdio)) {
    const out = [];
    for (let i = 0; i < 3; i++) {
      const s = stdio[i];
      out.push(s === undefined || s === null ? 'pipe' : s === 0 || s === 1 || s === 2 ? 'inherit' : String(s));
    }
    return out;
  }
  throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
}

let shellArgsWarned = false;

// normalizeSpawnArgs: file, args (argv0 first), options with envPairs, as Node builds them.
function normalizeSpawnArgs(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
    for (let i = 0; i < args.length; i++) {
      if (typeof args[i] === 'string' && args[i].indexOf('\u0000') !== -1) {
        require('internal/validators').validateStringWithoutNullBytes(args[i], `args[${i}]`);
      }
    }
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  if (options.cwd != null && typeof options.cwd !== 'string') {
    if (options.cwd instanceof URL) options = { ...options, cwd: require('url').fileURLToPath(options.cwd) };
    else if (ArrayBuffer.isView(options.cwd)) options = { ...options, cwd: lazyBuffer().from(options.cwd).toString() };
    else throw new codes.ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], options.cwd);
  }
  if (options.shell) {
    if (args.length > 0 && !shellArgsWarned) {
      shellArgsWarned = true;
      process.emitWarning('Passing args to a child process with shell option true can lead to security ' +
        'vulnerabilities, as the arguments are not escaped, only concatenated.', 'DeprecationWarning', 'DEP0190');
    }
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  const argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    if (env[key] !== undefined) envPairs.push(`${key}=${env[key]}`);
  }
  return { file, args: [argv0, ...args], options, envPairs };
}

function spawnSync(file, args, options) {
  const n = normalizeSpawnArgs(file, args, options);
  const opts = n.options;
  let input = opts.input;
  if (typeof input === 'string') input = lazyBuffer().from(input, opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : 'utf8');
  else if (input != null && !ArrayBuffer.isView(input)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  const stdio = normalizeStdio(opts.stdio);
  const r = binding.spawnSync(n.file, n.args, {
    cwd: opts.cwd, envPairs: n.envPairs, input, stdio,
    timeout: opts.timeout, killSignal: signalNumber(opts.killSignal),
    maxBuffer: opts.maxBuffer === undefined ? 1024 * 1024 : opts.maxBuffer,
  });
  const Buffer = lazyBuffer();
  const enc = opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : undefined;
  const wrap = (ab) => {
    if (ab === undefined) return null;
    const b = Buffer.from(ab);
    return enc ? b.toString(enc) : b;
  };
  const stdout = wrap(r.stdout);
  const stderr = wrap(r.stderr);
  const result = {
    status: r.status,
    signal: r.signal,
    output: [null, stdout, stderr],
    pid: r.pid === undefined ? 0 : r.pid,
    stdout,
    stderr,
  };
  if (r.error !== undefined) {
    const err = new (require('internal/errors').ErrnoException)(r.error, 'spawnSync ' + n.file);
    err.path = n.file;
    err.spawnargs = n.args.slice(1);
    result.error = err;
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
    delete err.error;
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
    delete err.error;
  }
  return err;
}

function execFileSync(file, args, options) {
  if (!Array.isArray(args) && args != null && typeof args === 'object') {
    options = args;
    args = [];
  }
  options = { ...options };
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...(args || [])], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  options = { ...options, shell: typeof options?.shell === 'string' ? options.shell : true };
  const inheritStderr = !options.stdio;
  const ret = spawnSync(command, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

function notImplemented(name) {
  return function () {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED(name);
  };
}

const EventEmitter = require('events');
const UV_ESRCH = -3;

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 1; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream.readableFlowing !== null) continue;
    stream.resume();
  }
}

function makeStdin(handle) {
  const { Writable } = require('stream');
  return new Writable({
    write(chunk, encoding, cb) {
      if (typeof chunk === 'string') chunk = lazyBuffer().from(chunk, encoding);
      handle.write(chunk, (err) => cb(err ? new (require('internal/errors').ErrnoException)(err, 'write') : undefined));
    },
    final(cb) {
      handle.end(() => cb());
    },
    destroy(err, cb) {
      handle.end();
      cb(err);
    },
  });
}

function makeReadable(handle, fd) {
  const { Readable } = require('stream');
  return new Readable({
    read() {},
    destroy(err, cb) {
      if (handle) handle.closeFd(fd);
      cb(err);
    },
  });
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    const stdio = normalizeStdio(options.stdio);
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    const self = this;
    let streams = [null, null, null];
    const r = binding.spawn(options.file, options.args, {
      cwd: options.cwd, envPairs: options.envPairs, stdio, detached: !!options.detached,
    }, function onEvent(kind, fd, data) {
      if (kind === 'data') {
        const s = streams[fd];
        if (s && !s.destroyed) s.push(lazyBuffer().from(data));
      } else if (kind === 'eof') {
        const s = streams[fd];
        if (s && !s.destroyed) s.push(null);
      } else if (kind === 'exit') {
        self._onexit(fd, data);
      }
    });
    if (typeof r === 'number') {
      this._handle = { kill() { return UV_ESRCH; }, ref() {}, unref() {} };
      for (let i = 0; i < 3; i++) {
        if (stdio[i] !== 'pipe') continue;
        const s = i === 0 ? makeStdin({ write(b, cb) { cb(-32); }, end(cb) { if (cb) cb(); } }) : makeReadable();
        if (i > 0) s.push(null);
        streams[i] = s;
      }
      this.stdin = streams[0];
      this.stdout = streams[1];
      this.stderr = streams[2];
      this.stdio = streams;
      process.nextTick(() => this._onexit(r, null));
      return r;
    }
    this._handle = r;
    this.pid = r.pid;
    for (let i = 0; i < 3; i++) {
      if (stdio[i] !== 'pipe') continue;
      const s = i === 0 ? makeStdin(r) : makeReadable(r, i);
      if (i > 0) {
        this._closesNeeded++;
        s.on('close', () => maybeClose(this));
      }
      streams[i] = s;
    }
    this.stdin = streams[0];
    this.stdout = streams[1];
    this.stderr = streams[2];
    this.stdio = streams;
    process.nextTick(() => this.emit('spawn'));
    return 0;
  }

  _onexit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
      const err = new (require('internal/errors').ErrnoException)(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? sig : signalNumber(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err !== UV_ESRCH) this.emit('error', new (require('internal/errors').ErrnoException)(err, 'kill'));
    }
    return false;
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }
}

function abortChildProcess(child, killSignal, reason) {
  try {
    if (child.kill(killSignal)) {
      child.emit('error', new (require('internal/errors').AbortError)(undefined, { cause: reason }));
    }
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  const n = normalizeSpawnArgs(file, args, options);
  const opts = n.options;
  const { validateAbortSignal } = require('internal/validators');
  if (opts.timeout != null && !(Number.isInteger(opts.timeout) && opts.timeout >= 0 && opts.timeout <= 0xffffffff)) {
    throw new codes.ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', opts.timeout);
  }
  if (opts.signal !== undefined) validateAbortSignal(opts.signal, 'options.signal');
  const killSignal = signalNumber(opts.killSignal);
  const child = new ChildProcess();
  child.spawn({
    file: n.file, args: n.args, cwd: opts.cwd, envPairs: n.envPairs,
    stdio: opts.stdio, detached: opts.detached,
  });
  if (opts.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, opts.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }
  if (opts.signal) {
    const signal = opts.signal;
    const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function validEncoding(enc) {
  return typeof enc === 'string' && enc !== 'buffer' && lazyBuffer().isEncoding(enc);
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = undefined;
  } else if (args != null && !Array.isArray(args) && typeof args === 'object') {
    callback = options;
    options = args;
    args = [];
  } else if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (args == null) args = [];
  if (options == null) options = {};
  if (callback != null && typeof callback !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: 1024 * 1024,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  const { validateNumber, validateAbortSignal } = require('internal/validators');
  validateNumber(options.timeout, 'options.timeout', 0);
  validateNumber(options.maxBuffer, 'options.maxBuffer', 0);
  options.killSignal = signalNumber(options.killSignal);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');

  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, shell: options.shell,
    signal: options.signal, uid: options.uid, windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments, argv0: options.argv0,
    killSignal: options.killSignal,
  });
  const Buffer = lazyBuffer();
  const encoding = validEncoding(options.encoding) ? options.encoding : null;
  const _stdout = [];
  const _stderr = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    let stdout;
    let stderr;
    if (encoding || (child.stdout && child.stdout.readableEncoding)) stdout = _stdout.join('');
    else stdout = Buffer.concat(_stdout);
    if (encoding || (child.stderr && child.stderr.readableEncoding)) stderr = _stderr.join('');
    else stderr = Buffer.concat(_stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = require('internal/errors').genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? require('internal/errors').getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function collect(stream, chunks, which) {
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const enc = stream.readableEncoding;
      const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      let total = which === 'stdout' ? (stdoutLen += length) : (stderrLen += length);
      if (total > options.maxBuffer) {
        const truncatedLen = options.maxBuffer - (total - length);
        chunks.push(chunk.slice(0, truncatedLen));
        ex = new codes.ERR_CHILD_PROCESS_STDIO_MAXBUFFER(which);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  }
  if (child.stdout) collect(child.stdout, _stdout, 'stdout');
  if (child.stderr) collect(child.stderr, _stderr, 'stderr');
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function exec(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return execFile(command, options, callback);
}

function promisified(fn) {
  return function (...args) {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = fn(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

Object.defineProperty(exec, require('util').promisify.custom, { enumerable: false, value: promisified(exec) });
Object.defineProperty(execFile, require('util').promisify.custom, { enumerable: false, value: promisified(execFile) });

module.exports = {
  ChildProcess,
  _forkChild: notImplemented('_forkChild'),
  exec,
  execFile,
  execFileSync,
  execSync,
  fork: notImplemented('fork'),
  spawn,
  spawnSync,
};
