// addAbortSignal(signal, stream) and the signal option: abort destroys with an AbortError whose
// cause is the reason; validation errors.
const { addAbortSignal, Readable, Writable } = require('stream');
const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => console.log('error', e.name, e.code, e.message, 'cause', e.cause));
r.on('close', () => console.log('close', r.destroyed));
ac.abort('why');
const w = new Writable({ signal: AbortSignal.abort(), write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('pre-aborted', e.name, e.cause && e.cause.name));
try { addAbortSignal('nope', new Readable()); } catch (e) { console.log(e.code, e.message); }
try { addAbortSignal(new AbortController().signal, {}); } catch (e) { console.log(e.code, e.message); }
