// for await over a ReadableStream, breaking early cancels; preventCancel keeps it open.
(async () => {
  const log = [];
  const rs = ReadableStream.from([1, 2, 3, 4]);
  for await (const v of rs) {
    log.push(v);
    if (v === 2) break;
  }
  log.push(`locked=${rs.locked}`);
  const cancels = [];
  const rs2 = new ReadableStream({
    start(c) { c.enqueue('a'); c.enqueue('b'); c.enqueue('c'); },
    cancel(r) { cancels.push(r); },
  });
  for await (const v of rs2.values({ preventCancel: true })) {
    log.push(v);
    break;
  }
  log.push(`cancels=${cancels.length} locked=${rs2.locked}`);
  const reader = rs2.getReader();
  log.push(JSON.stringify(await reader.read()));
  const rs3 = new ReadableStream({ cancel(r) { cancels.push(String(r)); } });
  const it = rs3[Symbol.asyncIterator]();
  log.push(JSON.stringify(await it.return('bye')));
  log.push(`cancels=${cancels.join('|')}`);
  console.log(log.join('\n'));
})();
