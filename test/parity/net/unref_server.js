// net: an unref'd listening server lets the process exit.
const net = require('net');
const s = net.createServer();
s.listen(0, '127.0.0.1', () => console.log('listening'));
s.unref();
process.on('exit', () => console.log('exit, listening', s.listening));
