// Writable errors: write after end, null chunk, bad chunk type, bad encoding, _write missing,
// callback called twice, write after destroy.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => log('error event', e.code, e.message));
w.end();
w.write('x', (err) => log('write cb', err.code));
try { w.write(null); } catch (e) { log('null', e.code, e.message); }
try { new Writable({ write() {} }).write(5); } catch (e) { log('type', e.code, e.message); }
try { new Writable({ write() {} }).write('a', 'nope'); } catch (e) { log('enc', e.code, e.message); }
const w2 = new Writable();
w2.on('error', (e) => log('no _write', e.code, e.message));
try { w2.write('a'); } catch (e) { log('thrown', e.code, e.message); }
const w3 = new Writable({ write(c, e, cb) { cb(); cb(); } });
w3.on('error', (e) => log('twice', e.code, e.message));
w3.write('a');
const w4 = new Writable({ write(c, e, cb) { cb(); } });
w4.on('error', (e) => log('destroyed error', e.code));
w4.on('close', () => log('w4 close'));
w4.destroy();
w4.write('a', (err) => log('destroyed write cb', err.code, err.message));
w4.end((err) => log('destroyed end cb', err && err.code));
