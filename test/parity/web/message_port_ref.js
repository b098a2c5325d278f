// MessagePort ref state: a 'message' listener refs the port; unref lets the process exit with a pending port.
const { port1, port2 } = new MessageChannel();
console.log('fresh', port1.hasRef());
port1.on('message', () => console.log('never'));
console.log('listening', port1.hasRef());
port1.unref();
console.log('unref', port1.hasRef());
port1.ref();
console.log('ref', port1.hasRef());
port1.unref();
process.on('exit', () => console.log('exit while port open'));
