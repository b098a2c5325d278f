// An async describe body: tests registered after an await still run.
const { describe, it } = require('node:test');
describe('async body', async () => {
  it('before await', () => {});
  await new Promise((r) => setTimeout(r, 5));
  it('after await', () => {});
});
describe('body throws', () => {
  it('never reported', () => {});
  throw new Error('describe body failed');
});
