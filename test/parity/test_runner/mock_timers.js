// mock.timers: setTimeout/setInterval/Date under a fake clock; tick, runAll, setTime, reset.
const { test } = require('node:test');
test('timers', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: 1000 });
  const seen = [];
  setTimeout(() => seen.push('t50'), 50);
  setTimeout((a, b) => seen.push(`t10 ${a} ${b}`), 10, 'x', 'y');
  const iv = setInterval(() => seen.push('iv' + Date.now()), 20);
  t.mock.timers.tick(45);
  console.log(seen.join(','), Date.now(), new Date().getTime());
  clearInterval(iv);
  t.mock.timers.tick(100);
  console.log(seen.join(','));
  const cancelled = setTimeout(() => seen.push('cancelled'), 5);
  clearTimeout(cancelled);
  t.mock.timers.setTime(5000);
  console.log(Date.now());
  setTimeout(() => seen.push('late'), 1000);
  t.mock.timers.runAll();
  console.log(seen.join(','), Date.now());
});
test('timers are restored after the test', () => {
  console.log(typeof setTimeout(() => {}, 0).hasRef, Date.now() > 1e12);
});
