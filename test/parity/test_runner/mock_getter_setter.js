// mock.getter / mock.setter and mock.method with { getter } / { setter }.
const { test } = require('node:test');
test('accessors', (t) => {
  const obj = { _p: 1, get prop() { return this._p; }, set prop(v) { this._p = v; } };
  const g = t.mock.getter(obj, 'prop', () => 'mocked');
  console.log(obj.prop, g.mock.callCount());
  const s = t.mock.setter(obj, 'prop', function(v) { this.seen = v; });
  obj.prop = 9;
  console.log(obj.seen, s.mock.callCount(), s.mock.calls[0].arguments);
  try { t.mock.method(obj, 'prop', { getter: true, setter: true }); } catch (e) { console.log(e.code, e.message); }
  t.mock.restoreAll();
  const m = t.mock.method(obj, 'prop', { getter: true });
  console.log(obj.prop, m.mock.callCount());
});
