// util.promisify(exec/execFile) resolves {stdout, stderr} and rejects with them attached.
const util = require('util');
const cp = require('child_process');
const execP = util.promisify(cp.exec);
const execFileP = util.promisify(cp.execFile);
(async () => {
  const p = execP('echo one; echo two >&2');
  console.log('child', typeof p.child.pid);
  console.log(await p);
  console.log(await execFileP('echo', ['x', 'y']));
  console.log(await execFileP('printf', ['z'], { encoding: 'buffer' }));
  try {
    await execP('echo o; echo e >&2; exit 4');
  } catch (e) {
    console.log(e.message, e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr));
  }
})();
