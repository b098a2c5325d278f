// mock.fn implementations: mockImplementation, mockImplementationOnce (with onCall), times, restore.
const { test, mock } = require('node:test');
test('impl', () => {
  const f = mock.fn(() => 'orig');
  f.mock.mockImplementation(() => 'new');
  console.log(f());
  f.mock.mockImplementationOnce(() => 'once');
  console.log(f(), f());
  f.mock.mockImplementationOnce(() => 'on call 5', 5);
  console.log(f(), f(), f());
  const times = mock.fn(() => 'original', () => 'implementation', { times: 2 });
  console.log(times(), times(), times());
  const r = mock.fn(() => 'a', () => 'b');
  console.log(r());
  r.mock.restore();
  console.log(r());
});
