// An async function awaiting 1e6 times in a row, plus 1,000 chains of 1,000 .then links.
// Checksum: awaits and links counted.
'use strict';
async function chain(n) { let s = 0; for (let i = 0; i < n; i++) s += await i; return s; }
function links(n) { let p = Promise.resolve(0); for (let i = 0; i < n; i++) p = p.then((v) => v + 1); return p; }
(async () => {
  const s = await chain(1e6);
  const all = [];
  for (let i = 0; i < 1000; i++) all.push(links(1000));
  const counts = await Promise.all(all);
  console.log(s + ' ' + counts.reduce((a, b) => a + b, 0));
})();
