// tty.ReadStream and WriteStream are net.Socket subclasses with the TTY methods; on a pipe fd
// they can be made (libuv accepts it), on /dev/null (a file) they fail.
const tty = require('tty');
const net = require('net');
console.log(Object.getPrototypeOf(tty.WriteStream.prototype) === net.Socket.prototype,
  Object.getPrototypeOf(tty.ReadStream.prototype) === net.Socket.prototype);
console.log(['setRawMode'].map((m) => typeof tty.ReadStream.prototype[m]));
console.log(['cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown', 'getWindowSize', 'getColorDepth', 'hasColors', '_refreshSize']
  .map((m) => `${m}:${typeof tty.WriteStream.prototype[m]}`).join(' '));
console.log('isTTY on prototype', tty.WriteStream.prototype.isTTY, tty.ReadStream.prototype.isTTY);
const w = new tty.WriteStream(1);
console.log(w instanceof net.Socket, w.isTTY, w.writable, w.readable, typeof w.columns);
w.write('written through a tty.WriteStream on a pipe\n');
try {
  new tty.ReadStream(0);
} catch (e) {
  console.log(e.name, e.code, e.message, JSON.stringify(e.info));
}
const r = tty.WriteStream(2);
console.log('without new', r instanceof tty.WriteStream);
