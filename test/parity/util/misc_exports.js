// The smaller util exports: _extend (deprecated), _errnoException, _exceptionWithHostPort,
// convertProcessSignalToExitCode, setTraceSigInt, aborted, types.
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.code, w.message));
console.log('_extend:', util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));
const e = util._errnoException(-2, 'open', 'extra');
console.log('_errnoException:', e.message, e.code, e.errno, e.syscall);
const h = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
console.log('_exceptionWithHostPort:', h.message, h.code, h.address, h.port);
console.log('signals:', util.convertProcessSignalToExitCode('SIGTERM'), util.convertProcessSignalToExitCode('SIGINT'), util.convertProcessSignalToExitCode('SIGKILL'));
try { util.convertProcessSignalToExitCode('SIGNOPE'); } catch (err) { console.log(err.code, err.message.slice(0, 60)); }
console.log('setTraceSigInt:', util.setTraceSigInt(false));
try { util.setTraceSigInt('x'); } catch (err) { console.log(err.code, err.message); }
console.log('types:', Object.keys(util.types).sort().join(','));
console.log('present:', ['parseArgs', 'styleText', 'debuglog', 'debug', 'MIMEType', 'MIMEParams', 'toUSVString', 'getCallSites', 'parseEnv', 'getSystemErrorMap', 'aborted'].every((k) => k in util));
console.log('isError is gone in Node 24:', 'isError' in util);
