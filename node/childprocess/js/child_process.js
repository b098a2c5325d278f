'use strict';
// node:child_process. The synchronous calls are complete; the asynchronous ones (spawn, exec,
// execFile, fork) do not exist yet and throw ERR_METHOD_NOT_IMPLEMENTED.

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

// normalizeSpawnArgs: file, args (argv0 first), options with envPairs, as Node builds them.
function normalizeSpawnArgs(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new codes.ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
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
    else throw new codes.ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'URL'], options.cwd);
  }
  if (options.shell) {
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

class ChildProcess extends require('events') {}

module.exports = {
  ChildProcess,
  _forkChild: notImplemented('_forkChild'),
  exec: notImplemented('exec'),
  execFile: notImplemented('execFile'),
  execFileSync,
  execSync,
  fork: notImplemented('fork'),
  spawn: notImplemented('spawn'),
  spawnSync,
};
