// A source error aborts the destination, unless preventAbort.
const mk = () => new ReadableStream({ start(c) { c.enqueue('x'); c.error(new Error('src failed')); } });
const log = [];
const ws1 = new WritableStream({ write(c) { log.push(`ws1 write ${c}`); }, abort(r) { log.push(`ws1 abort: ${r.message}`); } });
mk().pipeTo(ws1).catch((e) => log.push(`pipe1 rejected: ${e.message}`));
const ws2 = new WritableStream({ abort() { log.push('ws2 abort (unexpected)'); } });
mk().pipeTo(ws2, { preventAbort: true }).catch((e) => log.push(`pipe2 rejected: ${e.message} ws2.locked=${ws2.locked}`));
setTimeout(() => console.log(log.sort().join('\n')), 5);
