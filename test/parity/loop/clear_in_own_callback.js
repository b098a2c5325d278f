// Clearing a timeout from its own callback is harmless; clearing an interval stops it.
const t = setTimeout(() => {
  clearTimeout(t);
  console.log('timeout ran, cleared itself');
}, 1);
let n = 0;
const iv = setInterval(() => {
  n++;
  clearInterval(iv);
  clearInterval(iv);
  console.log('interval run', n);
}, 1);
setTimeout(() => console.log('final n', n), 20);
