// The legacy Stream class: require('stream') is the constructor, old-style emitters piped with
// Stream.prototype.pipe ('data'/'drain'/'end'), and class relationships.
const Stream = require('stream');
const EE = require('events');
console.log(typeof Stream, Stream.Stream === Stream, Object.getPrototypeOf(Stream) === EE, new Stream() instanceof EE);
console.log(Stream.Readable.prototype instanceof Stream, Object.getPrototypeOf(Stream.Readable) === Stream);
const src = new Stream();
src.readable = true;
const dst = new Stream();
dst.writable = true;
const got = [];
let paused = 0;
dst.write = (d) => { got.push(d); return got.length % 2 === 0 ? false : true; };
dst.end = () => got.push('END');
src.pause = () => paused++;
src.resume = () => got.push('resumed');
dst.on('pipe', (s) => got.push('pipe ' + (s === src)));
src.pipe(dst);
src.emit('data', 'a');
src.emit('data', 'b');
dst.emit('drain');
src.emit('end');
console.log(got.join(','), 'paused', paused);
console.log(src.listenerCount('data'), dst.listenerCount('drain'));
const s2 = new Stream();
s2.on('x', () => {});
console.log(s2.eventNames());
