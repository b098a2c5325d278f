// An erroring stream rejects the iterator's next(); next() after that reports done.
(async () => {
  const rs = new ReadableStream({
    start(c) { c.enqueue(1); },
    pull(c) { c.error(new Error('mid-stream')); },
  });
  const it = rs.values();
  console.log(await it.next());
  try { await it.next(); } catch (e) { console.log('rejected', e.message); }
  console.log(await it.next());
  console.log(typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  try {
    const locked = new ReadableStream();
    locked.getReader();
    locked.values();
  } catch (e) { console.log(e.code, e.message); }
})();
