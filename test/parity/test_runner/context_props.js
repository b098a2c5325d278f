// TestContext and SuiteContext properties: name, fullName, signal, filePath, assert, mock.
const path = require('path');
const { test, describe, it } = require('node:test');
test('ctx', async (t) => {
  console.log(t.name, t.fullName, t.signal instanceof AbortSignal, t.signal.aborted);
  console.log(path.basename(t.filePath), typeof t.assert.ok, typeof t.mock.fn, typeof t.diagnostic);
  await t.test('child', (c) => console.log(c.name, c.fullName));
});
describe('suite', (s) => {
  console.log('suite ctx', s.name, s.fullName, s.signal instanceof AbortSignal);
  it('leaf', (t) => console.log(t.fullName));
});
let saved;
test('signal aborts after the test', (t) => { saved = t.signal; });
test('check', () => console.log('previous signal aborted:', saved.aborted));
