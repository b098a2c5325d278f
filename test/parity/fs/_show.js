// Helper for the fs cases: prints an error's Node fields with the temp dir replaced by <dir>.
const { dir } = require('./_tmp');
function clean(v) { return typeof v === 'string' ? v.split(dir).join('<dir>') : v; }
function err(e) {
  if (!e) return 'no error';
  const o = { name: e.name, code: e.code, message: clean(e.message) };
  for (const k of ['errno', 'syscall', 'path', 'dest']) if (k in e) o[k] = clean(e[k]);
  return JSON.stringify(o);
}
module.exports = { err, clean };
