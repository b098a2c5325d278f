// A WebSocket to a port on the fetch spec's blocklist fails without connecting: error and close
// (1006, not clean) one microtask after the constructor, before microtasks queued after it.
const log = [];
const ws = new WebSocket('ws://127.0.0.1:6000/');
ws.onerror = (e) => log.push(`error ${JSON.stringify(e.message)} ${e.error.constructor.name} ${ws.readyState}`);
ws.onclose = (e) => log.push(`close ${e.code} ${e.wasClean} ${JSON.stringify(e.reason)} ${ws.readyState}`);
Promise.resolve().then(() => log.push('microtask'));
process.nextTick(() => log.push('nextTick'));
setImmediate(() => log.push('immediate'));
const wss = new WebSocket('wss://127.0.0.1:993/');
wss.onclose = (e) => log.push(`wss close ${e.code}`);
setTimeout(() => console.log(log.join('\n')), 50);
