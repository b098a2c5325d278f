// A queueMicrotask callback that throws (with a handler): later microtasks still run.
const log = [];
process.on('uncaughtException', (e, origin) => log.push('handler ' + e.message + ' ' + origin));
queueMicrotask(() => log.push('m1'));
queueMicrotask(() => { log.push('m2 throws'); throw new Error('m2'); });
queueMicrotask(() => log.push('m3'));
process.nextTick(() => log.push('tick'));
setImmediate(() => console.log(log.join('\n')));
