// MessageChannel delivery: after nextTicks and microtasks, batched before setImmediate; close events.
const { port1, port2 } = new MessageChannel();
const log = [];
port2.on('message', (m) => { log.push(`msg ${m}`); if (m === 'b') port2.close(); });
port2.on('close', () => { log.push('port2 close'); console.log(log.join('\n')); });
port1.postMessage('a');
port1.postMessage('b');
port1.postMessage('c');
setImmediate(() => log.push('immediate'));
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('microtask'));
