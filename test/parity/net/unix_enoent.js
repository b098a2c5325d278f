// net: connecting to a missing Unix socket path fails with ENOENT.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const net = require('net');
const c = net.connect('/nonexistent-dir-gnode/x.sock');
c.on('error', (e) => console.log(e.code, e.syscall, e.address, e.message));
