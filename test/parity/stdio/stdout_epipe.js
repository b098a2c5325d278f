// A child writing to a pipe whose reader went away gets EPIPE as an 'error' event on
// process.stdout (a listener can handle it; without one the process dies with the error).
const { spawn } = require('child_process');
function run(withHandler, done) {
  const code = `
    ${withHandler ? "process.stdout.on('error', (e) => { process.stderr.write('handled ' + e.code + ' ' + e.syscall + '\\n'); process.exit(7); });" : ''}
    let i = 0;
    (function more() { for (let j = 0; j < 100; j++) process.stdout.write('line ' + (i++) + '\\n'); setImmediate(more); })();
  `;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  child.stdout.once('data', () => child.stdout.destroy());
  child.on('close', (status, signal) => {
    const first = err.split('\n').filter((l) => /^(Error|handled)/.test(l)).slice(0, 2);
    console.log(withHandler ? 'with handler:' : 'without handler:', status, signal, first);
    done();
  });
}
run(true, () => run(false, () => {}));
