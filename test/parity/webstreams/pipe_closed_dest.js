// Piping into a closed destination cancels the source.
(async () => {
  const ws = new WritableStream();
  await ws.close();
  let cancelled;
  const rs = new ReadableStream({ cancel(r) { cancelled = r; } });
  try { await rs.pipeTo(ws); } catch (e) { console.log('rejected', e.name, e.code); }
  console.log('source cancelled with', cancelled && cancelled.name);
})();
