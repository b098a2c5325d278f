// A destination error cancels the source, unless preventCancel.
const log = [];
const mkSource = (name) => new ReadableStream({
  pull(c) { c.enqueue(1); },
  cancel(r) { log.push(`${name} cancel: ${r.message}`); },
});
const mkSink = () => new WritableStream({ write() { throw new Error('sink failed'); } });
mkSource('s1').pipeTo(mkSink()).catch((e) => log.push(`pipe1: ${e.message}`));
const s2 = mkSource('s2');
s2.pipeTo(mkSink(), { preventCancel: true }).catch((e) => log.push(`pipe2: ${e.message} s2.locked=${s2.locked}`));
setTimeout(() => console.log(log.sort().join('\n')), 5);
