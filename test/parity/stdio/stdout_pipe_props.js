// process.stdout and stderr on pipes: net.Socket objects with Node's stdio markers.
const net = require('net');
const { Writable, Duplex } = require('stream');
for (const name of ['stdout', 'stderr']) {
  const s = process[name];
  console.log(name, s.constructor.name, s instanceof net.Socket, s instanceof Writable, s instanceof Duplex);
  console.log(' fd', s.fd, '_type', s._type, '_isStdio', s._isStdio, 'isTTY', s.isTTY);
  console.log(' writable', s.writable, 'readable', s.readable, 'hwm', s.writableHighWaterMark, 'objectMode', s.writableObjectMode);
  console.log(' _handle', typeof s._handle, 'columns', s.columns, 'destroySoon===destroy', s.destroySoon === s.destroy);
  console.log(' writableLength', s.writableLength, 'needDrain', s.writableNeedDrain, 'ended', s.writableEnded, 'corked', s.writableCorked);
}
console.log('same object', process.stdout === process.stdout, process.stdout !== process.stderr);
