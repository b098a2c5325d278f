// mock.method: spying, replacing, restoring, and its argument errors.
const { test } = require('node:test');
test('method', (t) => {
  const obj = { v: 2, get(x) { return this.v * x; } };
  const spy = t.mock.method(obj, 'get');
  console.log(obj.get(3), spy.mock.calls[0].this === obj, obj.get.mock.callCount(), spy === obj.get);
  t.mock.method(obj, 'get', () => 'replaced');
  console.log(obj.get(1));
  t.mock.restoreAll();
  console.log(obj.get(3));
  for (const bad of [() => t.mock.method(obj, 'nope'), () => t.mock.method(obj, 'v'), () => t.mock.method(null, 'x'), () => t.mock.method(obj, 5)]) {
    try { bad(); } catch (e) { console.log(e.code, e.message); }
  }
  class A { hello() { return 'proto'; } }
  const a = new A();
  t.mock.method(a, 'hello', () => 'mocked');
  console.log(a.hello(), new A().hello());
});
