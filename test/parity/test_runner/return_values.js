// What test(), describe() and t.test() return.
const { test, describe } = require('node:test');
const p = test('top', async (t) => {
  const sub = t.test('sub', () => {});
  console.log('t.test returns a promise:', sub instanceof Promise);
  console.log('resolves to', await sub);
});
console.log('test returns a promise:', p instanceof Promise);
const d = describe('suite', () => {});
console.log('describe returns a promise:', d instanceof Promise);
p.then((v) => console.log('test promise resolved with', v));
