// Argument validation errors are thrown synchronously.
const { spawn, spawnSync } = require('child_process');
function t(f) { try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); } }
t(() => spawn());
t(() => spawn(''));
t(() => spawn('echo', 'x'));
t(() => spawn('echo', [], 5));
t(() => spawn('echo', [], { timeout: -1 }));
t(() => spawn('echo', [], { killSignal: 'SIGFOO' }));
t(() => spawn('echo', [], { signal: {} }));
t(() => spawn('echo', [], { cwd: 5 }));
t(() => spawn('echo', ['ok', 'a\u0000']));
t(() => spawnSync('echo', ['a\u0000']));
const c = spawn('echo', [1, true]);
c.stdout.on('data', (d) => console.log('non-string args', JSON.stringify(String(d))));
