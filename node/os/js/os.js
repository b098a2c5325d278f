'use strict';
// node:os (Node's lib/os.js)
const binding = internalBinding('os');

function lazyCodes() { return require('internal/errors').codes; }

const [sysname, release, version, machine] = binding.uname();
const isWindows = binding.platform === 'win32';

function validateInt32(value, name, min, max) {
  if (typeof value !== 'number') throw new (lazyCodes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
  if (!Number.isInteger(value)) throw new (lazyCodes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
  if (value < min || value > max) throw new (lazyCodes().ERR_OUT_OF_RANGE)(name, `>= ${min} && <= ${max}`, value);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  validateInt32(pid, 'pid', -2147483648, 2147483647);
  return binding.getPriority(pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid', -2147483648, 2147483647);
  validateInt32(priority, 'priority', -20, 19);
  binding.setPriority(pid, priority);
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const [uid, gid, username, homedir, shell] = binding.userInfo();
  const buffer = options && options.encoding === 'buffer';
  const conv = (s) => (buffer && typeof Buffer === 'function' ? Buffer.from(s) : s);
  return { __proto__: null, uid, gid, username: conv(username), homedir: conv(homedir), shell: shell === '' ? null : conv(shell) };
}

const constants = ({
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: Object.freeze({ __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno: Object.freeze(Object.assign({ __proto__: null }, binding.errno)),
  signals: Object.freeze(Object.assign({ __proto__: null }, binding.signals)),
  priority: Object.freeze({
    __proto__: null,
    PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
  }),
});

function fn(name, f) {
  Object.defineProperty(f, 'name', { __proto__: null, value: name });
  f[Symbol.toPrimitive] = () => f();
  return f;
}

// names and Symbol.toPrimitive as Node's own functions have them
module.exports = {
  arch: fn('arch', () => binding.arch),
  availableParallelism: fn('', () => binding.availableParallelism()),
  cpus: function cpus() { return binding.cpus(); },
  endianness: fn('endianness', () => 'LE'),
  freemem: fn('', () => binding.freemem()),
  getPriority,
  homedir: fn('wrappedFn', () => binding.homedir()),
  hostname: fn('wrappedFn', () => binding.hostname()),
  loadavg: function loadavg() { return binding.loadavg(); },
  networkInterfaces: function networkInterfaces() { return binding.networkInterfaces(); },
  platform: fn('platform', () => binding.platform),
  release: fn('getOSRelease', () => release),
  setPriority,
  tmpdir: fn('tmpdir', () => binding.tmpdir()),
  totalmem: fn('', () => binding.totalmem()),
  type: fn('getOSType', () => (isWindows ? 'Windows_NT' : sysname)),
  userInfo,
  uptime: fn('wrappedFn', () => binding.uptime()),
  version: fn('getOSVersion', () => version),
  machine: fn('getMachine', () => machine),
};
Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: isWindows ? '\r\n' : '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: isWindows ? '\\\\.\\nul' : '/dev/null' },
});
