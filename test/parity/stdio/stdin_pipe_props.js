// parity-stdin: _text.txt
// With a pipe on stdin, process.stdin is a net.Socket that starts paused and not writable.
const net = require('net');
const s = process.stdin;
console.log(s.constructor.name, s instanceof net.Socket, s.fd, s.isTTY);
console.log('flowing', s.readableFlowing, 'paused', s.isPaused(), 'writable', s.writable, 'writableEnded', s.writableEnded);
console.log('hwm', s.readableHighWaterMark, 'handle', typeof s._handle, 'reading', s._handle && s._handle.reading);
s.setEncoding('utf8');
let text = '';
s.on('data', (d) => { text += d; });
s.on('end', () => console.log('end', JSON.stringify(text)));
