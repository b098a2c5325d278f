// With preventAbort and preventCancel, an aborted pipe leaves both streams usable.
(async () => {
  const ac = new AbortController();
  ac.abort(new Error('custom reason'));
  const rs = ReadableStream.from(['a']);
  const ws = new WritableStream();
  try {
    await rs.pipeTo(ws, { signal: ac.signal, preventAbort: true, preventCancel: true });
  } catch (e) {
    console.log('rejected', e.message);
  }
  console.log(rs.locked, ws.locked, rs, ws);
  try {
    await new ReadableStream().pipeTo(new WritableStream(), { signal: 'nope' });
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
