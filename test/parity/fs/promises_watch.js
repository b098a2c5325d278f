// fs.promises.watch: an async iterator of { eventType, filename }, recursive and flat, with
// an AbortSignal; errors surface on the first next().
const fs = require('fs');
const fsp = fs.promises;
const path = require('path');
const { dir } = require('./_tmp');
const d = path.join(dir, 'pw');
fs.mkdirSync(path.join(d, 'sub'), { recursive: true });
(async () => {
  const it = fsp.watch(d, { recursive: true });
  console.log(typeof it.next, typeof it.return, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  await it.return();
  try { await fsp.watch(d, { signal: AbortSignal.abort() }).next(); } catch (e) { console.log('pre-aborted', e.name, e.code, e.message); }
  try { fsp.watch(d, { recursive: 1 }); console.log('no sync throw'); } catch (e) { console.log('sync', e.code); }
  try { await fsp.watch(d, { recursive: 1 }).next(); } catch (e) { console.log('bad', e.code, e.message); }
  try { await fsp.watch(path.join(d, 'nope')).next(); } catch (e) { console.log('enoent', e.code, e.syscall, e.message.replace(d, 'D')); }
  const ac = new AbortController();
  setTimeout(() => fs.writeFileSync(path.join(d, 'sub', 'a.txt'), '1'), 50);
  try {
    for await (const e of fsp.watch(d, { recursive: true, signal: ac.signal })) {
      console.log('ev', JSON.stringify(e), Object.keys(e));
      setTimeout(() => ac.abort(), 50);
    }
  } catch (e) { console.log('loop', e.name, e.code, e.cause && e.cause.name); }
  const it2 = fsp.watch(d, { signal: new AbortController().signal });
  setTimeout(() => fs.writeFileSync(path.join(d, 't.txt'), '1'), 50);
  console.log('flat', JSON.stringify(await it2.next()));
  console.log('return', JSON.stringify(await it2.return()));
  console.log('after return', JSON.stringify(await it2.next()));
})();
