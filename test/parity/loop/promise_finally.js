// finally callbacks take extra ticks relative to then chains.
const log = [];
Promise.resolve('v').finally(() => log.push('finally')).then((v) => log.push('after finally ' + v));
Promise.reject(new Error('e')).finally(() => log.push('finally on reject')).catch((e) => log.push('caught ' + e.message));
Promise.resolve().then(() => log.push('a1')).then(() => log.push('a2')).then(() => log.push('a3')).then(() => log.push('a4'));
setImmediate(() => console.log(log.join('\n')));
