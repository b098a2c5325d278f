'use strict';
// Builds the process object on the plain object Go created (Node's bootstrap/node.js and
// lib/internal/process/per_thread.js).

const binding = internalBinding('internal/process/setup');
const EventEmitter = require('events');

function lazyCodes() { return require('internal/errors').codes; }

// process's prototype chain: process -> process.prototype-like object -> EventEmitter.prototype
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { __proto__: null, value: EventEmitter, writable: true, configurable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'process', writable: false, enumerable: false, configurable: true },
});
// process.emit goes through this frame so stack traces can name listeners "process.<fn>", as V8 does.
const eeEmit = EventEmitter.prototype.emit;
Object.defineProperty(processProto, 'emit', {
  __proto__: null, writable: true, configurable: true, enumerable: false,
  value: function emit(type) { return eeEmit.apply(this, arguments); },
});
Object.setPrototypeOf(process, processProto);
Object.defineProperty(process, Symbol.toStringTag, {
  __proto__: null, value: 'process', writable: true, enumerable: false, configurable: false,
});
EventEmitter.call(process);

function def(name, value, enumerable = true) {
  Object.defineProperty(process, name, { __proto__: null, value, writable: true, configurable: true, enumerable });
}

def('version', binding.version);
def('versions', binding.versions);
def('arch', binding.arch);
def('platform', binding.platform);
def('release', {
  name: 'node',
  lts: 'Krypton',
  sourceUrl: 'https://nodejs.org/download/release/v24.21.0/node-v24.21.0.tar.gz',
  headersUrl: 'https://nodejs.org/download/release/v24.21.0/node-v24.21.0-headers.tar.gz',
});
def('_rawDebug', function _rawDebug(...args) {
  binding.writeString(2, require('internal/util/inspect').format(...args) + '\n');
});
Object.defineProperty(process, 'moduleLoadList', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return internalBinding('internal/bootstrap/node').moduleLoadList(); },
});
def('domain', null);
def('_exiting', false);

let exitCode;
Object.defineProperty(process, 'exitCode', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      validateInteger(value, 'code');
      // Node keeps the code in an int32 field
      exitCode = value | 0;
    } else {
      exitCode = undefined;
    }
  },
});

function validateInteger(value, name) {
  if (typeof value !== 'number') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (lazyCodes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
}

def('config', Object.freeze({ target_defaults: {}, variables: { host_arch: binding.arch, target_arch: binding.arch, node_shared: false, node_use_openssl: false } }));
def('dlopen', function dlopen() {
  const e = new Error('Native addons are not supported by gnode');
  e.code = 'ERR_DLOPEN_FAILED';
  throw e;
});
def('uptime', function uptime() { return binding.uptime(); });
def('_getActiveRequests', function() { return []; });
def('_getActiveHandles', function() { return []; });
def('getActiveResourcesInfo', function() { return []; });
def('reallyExit', function reallyExit(code) { binding.reallyExit(code | 0); });
def('_kill', function _kill(pid, sig) { return binding.kill(pid, sig); });

def('cpuUsage', function cpuUsage(prevValue) {
  const [user, system] = binding.cpuUsage();
  if (prevValue) {
    if (typeof prevValue !== 'object') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('prevValue', 'object', prevValue);
    return { user: user - prevValue.user, system: system - prevValue.system };
  }
  return { user, system };
});
def('threadCpuUsage', process.cpuUsage);
def('resourceUsage', function resourceUsage() { return binding.resourceUsage(); });
function memoryUsage() { return binding.memoryUsage(); }
memoryUsage.rss = function rss() { return binding.rss(); };
def('memoryUsage', memoryUsage);
def('constrainedMemory', function constrainedMemory() { return 0; });
def('availableMemory', function availableMemory() { return require('os').freemem ? require('os').freemem() : 0; });

def('kill', function kill(pid, sig) {
  if (pid != (pid | 0)) throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
  let num;
  if (sig === undefined) sig = 'SIGTERM';
  if (typeof sig === 'number') {
    num = sig;
  } else if (typeof sig === 'string') {
    num = binding.signals[sig];
    if (num === undefined) throw new (lazyCodes().ERR_UNKNOWN_SIGNAL)(sig);
  } else {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('signal', ['string', 'number'], sig);
  }
  const err = binding.kill(pid, num);
  if (err) {
    const { ErrnoException } = require('internal/errors');
    throw new ErrnoException(err, 'kill');
  }
  return true;
});

def('exit', function exit(code) {
  if (arguments.length !== 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  const c = process.exitCode;
  binding.reallyExit(c === undefined || c === null ? 0 : c | 0);
});

function hrtime(time) {
  const ns = binding.hrtimeNs();
  let sec = Math.floor(ns / 1e9);
  let nsec = ns - sec * 1e9;
  if (time !== undefined) {
    if (!Array.isArray(time)) throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('time', 'Array', time);
    if (time.length !== 2) throw new (lazyCodes().ERR_OUT_OF_RANGE)('time', 2, time.length);
    sec -= time[0];
    nsec -= time[1];
    if (nsec < 0) { sec -= 1; nsec += 1e9; }
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() { return binding.hrtimeBigint(); };
def('hrtime', hrtime);
def('openStdin', function openStdin() { process.stdin.resume(); return process.stdin; });

const [uid, euid, gid, egid] = binding.ids();
if (binding.platform !== 'win32') {
  def('getuid', function getuid() { return uid; });
  def('geteuid', function geteuid() { return euid; });
  def('getgid', function getgid() { return gid; });
  def('getegid', function getegid() { return egid; });
  def('getgroups', function getgroups() { return binding.getgroups(); });
}
def('allowedNodeEnvironmentFlags', new Set());
def('features', {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
  tls_ocsp: false, tls: true, openssl_is_boringssl: false, cached_builtins: true,
  require_module: true, typescript: 'transform',
});
const execution = require('internal/process/execution');
def('_fatalException', execution.fatalException);
def('setUncaughtExceptionCaptureCallback', execution.setUncaughtExceptionCaptureCallback);
def('hasUncaughtExceptionCaptureCallback', execution.hasUncaughtExceptionCaptureCallback);
const warning = require('internal/process/warning');
def('emitWarning', warning.emitWarning);
const { nextTick, runNextTicks } = require('internal/process/task_queues');
def('nextTick', nextTick);
def('_tickCallback', runNextTicks);
def('sourceMapsEnabled', false);
def('setSourceMapsEnabled', function setSourceMapsEnabled() {});
def('getBuiltinModule', function getBuiltinModule(id) {
  if (typeof id !== 'string') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('id', 'string', id);
  const rtb = internalBinding('internal/bootstrap/node');
  if (!rtb.isBuiltin(id)) return undefined;
  return require(id);
});

// stdio: created on first access, so a program that never touches them (console.log alone
// included, see consoleStream) does not load the stream modules.
let stdout, stderr, stdin;
function getStdout() { return stdout ??= require('internal/process/stdio').createWritable(1); }
function getStderr() { return stderr ??= require('internal/process/stdio').createWritable(2); }
function getStdin() { return stdin ??= require('internal/process/stdio').createReadable(0); }
Object.defineProperty(process, 'stdout', { __proto__: null, configurable: true, enumerable: true, get: getStdout });
Object.defineProperty(process, 'stdin', { __proto__: null, configurable: true, enumerable: true, get: getStdin });
Object.defineProperty(process, 'stderr', { __proto__: null, configurable: true, enumerable: true, get: getStderr });

// For the global console, which takes process.stdout/stderr as they are at its first write
// (as Node's console does) but writes to the fd directly while they are not built yet:
// madeStdio(fd) is the stream if it exists, ownStdio(fd) whether process.stdout/stderr is
// still gnode's own getter.
binding.madeStdio = function madeStdio(fd) { return (fd === 1 ? stdout : stderr) ?? null; };
binding.ownStdio = function ownStdio(fd) {
  const desc = Object.getOwnPropertyDescriptor(process, fd === 1 ? 'stdout' : 'stderr');
  return desc !== undefined && desc.get === (fd === 1 ? getStdout : getStderr);
};
binding.getStdio = function getStdio(fd) { return fd === 1 ? getStdout() : getStderr(); };

def('abort', function abort() { binding.reallyExit(134); });
def('umask', function umask(mask) {
  if (mask === undefined) return binding.umask();
  if (typeof mask === 'string') mask = parseInt(mask, 8);
  return binding.umask(mask);
});
def('chdir', function chdir(directory) {
  if (typeof directory !== 'string') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('directory', 'string', directory);
  binding.chdir(directory);
});
def('cwd', function cwd() { return binding.cwd(); });
def('env', binding.env);
let title = binding.execPath;
Object.defineProperty(process, 'title', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return title; },
  set(v) { title = String(v); },
});
def('argv', binding.argv);
def('execArgv', binding.execArgv);
def('pid', binding.pid);
def('ppid', binding.ppid);
def('execPath', binding.execPath);
def('debugPort', 9229);
def('argv0', binding.argv.length > 0 ? binding.argv[0] : 'node', false);
Object.defineProperty(process, 'argv0', { __proto__: null, value: binding.execArgv0 || binding.argv[0], enumerable: true, writable: false, configurable: true });

// Signals: listening for 'SIGINT' etc. installs a handler, as Node's startListeningIfSignal.
process.on('newListener', function(type) {
  if (typeof type === 'string' && type.startsWith('SIG') && binding.signals[type] !== undefined &&
      this.listenerCount(type) === 0) {
    binding.startSignalWatch(type);
  }
});
process.on('removeListener', function(type) {
  if (typeof type === 'string' && type.startsWith('SIG') && binding.signals[type] !== undefined &&
      this.listenerCount(type) === 0) {
    binding.stopSignalWatch(type);
  }
});

warning.installDefaultListener();

module.exports = process;

// Runtime options that change process behaviour.
{
  const f = binding.flags;
  if ('--no-deprecation' in f) process.noDeprecation = true;
  if ('--throw-deprecation' in f) process.throwDeprecation = true;
  if ('--trace-deprecation' in f) process.traceDeprecation = true;
  if ('--trace-warnings' in f) process.traceProcessWarnings = true;
  if ('--no-warnings' in f) Object.defineProperty(process, 'noProcessWarnings', { __proto__: null, value: true, configurable: true });
  if ('--title' in f) process.title = f['--title'];
}
