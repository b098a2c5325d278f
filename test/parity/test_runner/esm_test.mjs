// node:test from an ES module: named imports, top-level describe/it, default export.
import test, { describe, it, mock } from 'node:test';
import assert from 'node:assert';
describe('esm suite', () => {
  it('works', () => assert.ok(typeof test === 'function'));
  it('fails', () => assert.strictEqual('a', 'b'));
});
test('mock in esm', () => { const f = mock.fn(); f(); assert.strictEqual(f.mock.callCount(), 1); });
