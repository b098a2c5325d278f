// node:os values: types and shapes (not the machine's numbers).
const os = require('os');
const cpus = os.cpus();
console.log('cpus', Array.isArray(cpus), cpus.length > 0, Object.keys(cpus[0]).join(','), Object.keys(cpus[0].times).join(','));
console.log('parallelism', os.availableParallelism() >= 1);
console.log('mem', typeof os.freemem(), typeof os.totalmem(), os.totalmem() >= os.freemem());
console.log('loadavg', os.loadavg().length, os.loadavg().every((n) => typeof n === 'number'));
console.log('uptime', typeof os.uptime(), os.uptime() > 0);
console.log('strings', typeof os.hostname(), typeof os.release(), typeof os.version(), typeof os.machine(), typeof os.homedir(), typeof os.tmpdir());
const u = os.userInfo();
console.log('userInfo', Object.getPrototypeOf(u), Object.keys(u).join(','), typeof u.uid, typeof u.username);
const lo = os.networkInterfaces().lo;
console.log('lo', lo && lo.find((a) => a.family === 'IPv4'));
console.log('priority', os.getPriority(), os.constants.priority);
