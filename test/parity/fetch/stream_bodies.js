// ReadableStream and async-iterable bodies for Response, and errors from non-bytes chunks
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('from ')); c.enqueue(new TextEncoder().encode('stream')); c.close(); } });
  const r = new Response(rs);
  console.log(r.headers.get('content-type'), await r.text());
  async function* gen() { yield new Uint8Array([104, 105]); yield Buffer.from('!'); }
  console.log(await new Response(gen()).text());
  const bad = new ReadableStream({ start(c) { c.enqueue('not bytes'); c.close(); } });
  try { await new Response(bad).text(); } catch (e) { console.log(e.name, e.message); }
})();
