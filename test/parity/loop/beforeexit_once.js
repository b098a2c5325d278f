// beforeExit fires when the loop empties; scheduling work makes it fire again later.
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log('beforeExit', n, 'code', code);
  if (n === 1) {
    setTimeout(() => console.log('timer from beforeExit'), 1);
    Promise.resolve().then(() => console.log('promise from beforeExit'));
  }
});
process.on('exit', (code) => console.log('exit', code, 'beforeExit count', n));
console.log('main');
