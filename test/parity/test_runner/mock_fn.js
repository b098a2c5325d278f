// mock.fn: call records (arguments, result, error, this), callCount, resetCalls, constructors.
const { test, mock } = require('node:test');
test('records', () => {
  const f = mock.fn((a, b) => a + b);
  console.log(f(1, 2), f.mock.callCount(), f.mock.calls[0].arguments, f.mock.calls[0].result, f.length);
  console.log(Object.keys(f.mock.calls[0]).join(','), Object.getPrototypeOf(f.mock.calls[0]));
  const thrower = mock.fn(() => { throw new Error('inner'); });
  try { thrower(); } catch (e) { console.log('caught', e.message); }
  console.log(thrower.mock.calls[0].error.message, thrower.mock.calls[0].result);
  const obj = { m: mock.fn(function() { return this; }) };
  console.log(obj.m() === obj, obj.m.mock.calls[0].this === obj);
  f.mock.resetCalls();
  console.log('after reset', f.mock.callCount());
  const empty = mock.fn();
  console.log(empty(5), empty.mock.calls.length);
  class K { constructor(x) { this.x = x; } }
  const C = mock.fn(K);
  const k = new C(7);
  console.log(k.x, k instanceof K, C.mock.calls[0].this === k, C.mock.calls[0].arguments);
});
