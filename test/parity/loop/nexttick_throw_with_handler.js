// A nextTick callback that throws (with a handler): the remaining ticks and promises still run.
const log = [];
process.on('uncaughtException', (e) => log.push('handler ' + e.message));
process.nextTick(() => log.push('tick 1'));
process.nextTick(() => { log.push('tick 2 throws'); throw new Error('tick 2'); });
process.nextTick(() => log.push('tick 3'));
Promise.resolve().then(() => log.push('promise'));
setImmediate(() => console.log(log.join('\n')));
