// net.connect to a closed port (1: nothing listens there) with no 'error' listener: the process
// dies with Node's "Unhandled 'error' event" header, ECONNREFUSED and "Emitted 'error' event on
// Socket instance".
const net = require('net');
const sock = net.connect(1, '127.0.0.1');
sock.on('close', () => console.log('never printed: the error kills the process first'));
