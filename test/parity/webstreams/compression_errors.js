// Bad formats throw; corrupt input errors the DecompressionStream with a zlib code.
for (const f of [() => new CompressionStream('zip'), () => new DecompressionStream()]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const ds = new DecompressionStream('gzip');
const w = ds.writable.getWriter();
w.write(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).catch(() => {});
w.close().catch((e) => console.log('close', e.name, e.code));
ds.readable.getReader().read().catch((e) => console.log('read', e.name, e.code, e.cause && e.cause.code));
