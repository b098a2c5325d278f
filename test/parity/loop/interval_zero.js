// setInterval(fn, 0) repeats with 1ms spacing; interleaves with immediates it schedules.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 3) clearInterval(iv);
}, 0);
