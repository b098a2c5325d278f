// child_process synchronous calls: spawnSync results, execSync/execFileSync outputs and errors, input, cwd, env, signals, timeouts, ENOENT.
const cp = require('child_process');
const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log(r.status, r.signal, String(r.stdout), String(r.stderr), r.output.length, typeof r.pid);
console.log(cp.execSync('echo hi; printf x', { encoding: 'utf8' }));
console.log(String(cp.execFileSync('echo', ['a', 'b'])));
console.log(cp.spawnSync('cat', { input: 'piped input' }).stdout.toString());
const e = cp.spawnSync('no-such-command-xyz', ['a']);
console.log(e.error.message, e.error.code, e.error.errno, e.error.syscall, e.error.path, e.error.spawnargs, e.status);
try { cp.execSync('exit 2', { stdio: 'pipe' }); } catch (err) { console.log(err.message, err.status, err.signal, Object.keys(err)); }
try { cp.execFileSync('sh', ['-c', 'echo oops >&2; exit 4'], { stdio: 'pipe' }); } catch (err) { console.log(JSON.stringify(err.message), err.status); }
const k = cp.spawnSync('sh', ['-c', 'kill -TERM $$']);
console.log(k.status, k.signal);
const t = cp.spawnSync('sleep', ['5'], { timeout: 100 });
console.log(t.error && t.error.code, t.signal);
try { cp.spawnSync(42); } catch (err) { console.log(err.code, err.message); }
console.log(cp.spawnSync('pwd', { cwd: '/tmp', encoding: 'utf8' }).stdout.trim(), cp.spawnSync('sh', ['-c', 'echo $FOO'], { env: { FOO: 'bar' }, encoding: 'utf8' }).stdout.trim());
