// execSync and execFileSync pass the child's stderr through to the parent when stdio is not given.
const cp = require('child_process');
const out = cp.execSync('echo to-stdout; echo to-stderr >&2', { encoding: 'utf8' });
console.log('returned', JSON.stringify(out));
try {
  cp.execFileSync('sh', ['-c', 'echo failing >&2; exit 5']);
} catch (e) {
  console.log('status', e.status, JSON.stringify(e.stderr.toString()));
}
