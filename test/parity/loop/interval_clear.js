// setInterval fires until cleared from its own callback.
let n = 0;
const iv = setInterval((a, b) => {
  n++;
  console.log('tick', n, a, b);
  if (n === 4) {
    clearInterval(iv);
    console.log('cleared');
    setTimeout(() => console.log('after clear, n =', n), 20);
  }
}, 2, 'x', 'y');
