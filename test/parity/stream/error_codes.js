// The stream error codes and messages users see: names, codes and messages of each.
const { Readable, Writable, Transform, finished, pipeline } = require('stream');
const out = [];
const show = (label, e) => out.push(label + ': ' + e.name + ' [' + e.code + '] ' + e.message);
const r = new Readable({ read() {} });
r.on('error', (e) => show('push after EOF', e));
r.push(null); r.push('x');
const r2 = new Readable();
r2.on('error', (e) => show('no _read', e));
r2.read();
const w = new Writable();
w.on('error', (e) => show('no _write', e));
try { w.write('a'); } catch (e) { show('no _write (thrown)', e); }
const t = new Transform();
t.on('error', (e) => show('no _transform', e));
try { t.write('a'); } catch (e) { show('no _transform (thrown)', e); }
const e1 = new Readable({ read() {} });
e1.push('a'); e1.push(null);
e1.on('end', () => { e1.on('error', (e) => show('unshift after end', e)); e1.unshift('b'); });
e1.resume();
const f = new Readable({ read() {} });
finished(f, (e) => show('premature close', e));
f.destroy();
try { new Readable().read(2 ** 31); } catch (e) { show('read too big', e); }
setTimeout(() => console.log(out.join('\n')), 10);
