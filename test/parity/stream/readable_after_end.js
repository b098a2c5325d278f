// After 'end': read() returns null, push() errors, adding 'data'/'readable' listeners does
// nothing, resume() is harmless; readableEnded and readable flags.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('x');
r.push(null);
r.resume();
r.on('end', () => {
  setImmediate(() => {
    console.log('read', r.read(), 'ended', r.readableEnded, 'readable', r.readable, 'destroyed', r.destroyed);
    r.on('data', () => console.log('data?!'));
    r.on('readable', () => console.log('readable?!'));
    r.resume();
    r.on('error', (e) => console.log('error', e.code));
    console.log('push after end', r.push('y'));
  });
});
