// An immediate that throws (with an uncaughtException handler) does not stop later immediates.
const log = [];
process.on('uncaughtException', (e) => log.push('handler ' + e.message));
setImmediate(() => log.push('i1'));
setImmediate(() => { log.push('i2 throws'); throw new Error('i2'); });
setImmediate(() => log.push('i3'));
process.on('exit', () => console.log(log.join('\n')));
