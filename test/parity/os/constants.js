// os.constants: signals, errno, priority, dlopen.
const os = require('os');
console.log(Object.keys(os.constants));
console.log(Object.isFrozen(os.constants), Object.isFrozen(os.constants.signals));
const { signals, errno } = os.constants;
console.log(signals.SIGINT, signals.SIGTERM, signals.SIGKILL, signals.SIGHUP, signals.SIGUSR1, Object.keys(signals).length);
console.log(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EADDRINUSE, errno.ECONNREFUSED, Object.keys(errno).length);
console.log(os.constants.dlopen, os.constants.UV_UDP_REUSEADDR);
