// process.stdout on a pipe: a write the pipe cannot take at once (more than its 64 KiB) is
// still pending when write() returns, so write() returns false, later writes queue behind it,
// and 'drain' follows; small writes complete at once. The report goes to stderr.
const o = process.stdout;
const ev = [];
const r0 = o.write('a'.repeat(100));
ev.push(`small first ${r0} ${o.writableLength}`);
const r1 = o.write('x'.repeat(70000));
ev.push(`big ${r1} ${o.writableLength} ${o.writableNeedDrain}`);
const r2 = o.write('small');
ev.push(`queued ${r2} ${o.writableLength}`);
o.once('drain', () => {
  ev.push(`drain ${o.writableLength} ${o.writableNeedDrain}`);
  const r3 = o.write('\n');
  ev.push(`after ${r3} ${o.writableLength}`);
  o.write(Buffer.alloc(70000, 98), () => {
    ev.push('buffer write callback');
    process.stderr.write(JSON.stringify(ev) + '\n');
  });
});
