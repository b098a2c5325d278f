// A locked stream refuses a second reader, cancel, tee and pipeTo; releaseLock unlocks it.
const rs = new ReadableStream();
const reader = rs.getReader();
console.log('locked', rs.locked);
for (const [name, f] of [['getReader', () => rs.getReader()], ['tee', () => rs.tee()]]) {
  try { f(); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
rs.cancel().catch((e) => console.log('cancel', e.code, e.message));
rs.pipeTo(new WritableStream()).catch((e) => console.log('pipeTo', e.code, e.message));
setTimeout(() => {
  reader.releaseLock();
  console.log('locked after release', rs.locked);
  reader.read().catch((e) => console.log('read after release', e.code, e.message));
  reader.closed.catch((e) => console.log('closed after release', e.code, e.message));
}, 1);
