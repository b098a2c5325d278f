// watchFile/unwatchFile: the listener gets (curr, prev) Stats after a change, a missing file
// reports zeroed stats, and unwatchFile stops it (the process then exits).
const fs = require('fs');
const { file } = require('./_tmp');
const p = file('w');
fs.writeFileSync(p, 'a');
let n = 0;
const w = fs.watchFile(p, { interval: 20 }, (curr, prev) => {
  n++;
  console.log('change', n, curr.size, prev.size, curr instanceof fs.Stats);
  if (n === 1) setTimeout(() => fs.unlinkSync(p), 50);
  if (n === 2) {
    console.log('removed', curr.size, curr.mtimeMs, curr.nlink, prev.size);
    fs.unwatchFile(p);
    console.log('unwatched');
  }
});
console.log('watcher', typeof w.ref, typeof w.unref, w.constructor.name);
setTimeout(() => fs.writeFileSync(p, 'abcdef'), 100);
