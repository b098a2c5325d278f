// t.mock is restored when its test ends; the module's mock keeps its mocks until reset().
const { test, mock } = require('node:test');
const obj = { f() { return 'real'; } };
test('t.mock', (t) => {
  t.mock.method(obj, 'f', () => 'fake');
  console.log('inside', obj.f());
});
test('after', () => {
  console.log('after', obj.f());
  mock.method(obj, 'f', () => 'global fake');
});
test('global mock persists', () => {
  console.log('persisted', obj.f());
  mock.reset();
  console.log('reset', obj.f());
});
