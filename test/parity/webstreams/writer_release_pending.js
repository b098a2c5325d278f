// Releasing a writer while writes are in flight: the writes still complete, the released
// writer's closed and ready reject, and a new writer continues.
(async () => {
  const log = [];
  const ws = new WritableStream({
    write(c) { log.push(`sink ${c}`); return new Promise((r) => setTimeout(r, 1)); },
  });
  const w1 = ws.getWriter();
  const p = w1.write('one');
  w1.releaseLock();
  w1.closed.catch((e) => log.push(`w1 closed: ${e.message}`));
  w1.ready.catch((e) => log.push(`w1 ready: ${e.message}`));
  await p;
  log.push('one done');
  const w2 = ws.getWriter();
  await w2.write('two');
  await w2.close();
  log.push('closed');
  console.log(log.join('\n'));
})();
