// ref/unref/hasRef/refresh/close on Timeout, and ref/unref/hasRef on Immediate.
const fired = [];
const t = setTimeout(() => fired.push('timeout'), 5);
console.log('hasRef', t.hasRef());
console.log('unref returns this', t.unref() === t);
console.log('hasRef after unref', t.hasRef());
console.log('ref returns this', t.ref() === t);
console.log('hasRef after ref', t.hasRef());
console.log('refresh returns this', t.refresh() === t);
const t2 = setTimeout(() => console.log('closed timeout fired (should not)'), 1);
console.log('close returns this', t2.close() === t2);
const im = setImmediate(() => fired.push('immediate'));
console.log('immediate hasRef', im.hasRef());
console.log('immediate unref', im.unref() === im, im.hasRef());
console.log('immediate ref', im.ref() === im, im.hasRef());
console.log('constructor names', t.constructor.name, im.constructor.name);
process.on('exit', () => console.log('fired:', fired.sort().join(', ')));
