// Argument validation errors are thrown synchronously.
const { spawn } = require('child_process');
function t(f) { try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => spawn());
t(() => spawn(''));
t(() => spawn('echo', 'x'));
t(() => spawn('echo', [], 5));
t(() => spawn('echo', [], { timeout: -1 }));
t(() => spawn('echo', [], { killSignal: 'SIGFOO' }));
t(() => spawn('echo', [], { signal: {} }));
t(() => spawn('echo', [], { cwd: 5 }));
