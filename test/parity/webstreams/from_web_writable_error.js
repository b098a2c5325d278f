// Writable.fromWeb: a failing web sink destroys the Writable with that error.
const { Writable } = require('stream');
const w = Writable.fromWeb(new WritableStream({ write() { throw new Error('web sink failed'); } }));
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close'));
w.write('x', (err) => console.log('write callback', err && err.message));
try { Writable.fromWeb({}); } catch (e) { console.log(e.code, e.message); }
