// A failing before hook in a suite fails its tests without running them.
const { describe, it, before } = require('node:test');
describe('suite', () => {
  before(() => { throw new Error('setup failed'); });
  it('t1', () => { console.log('t1 ran'); });
  it('t2', () => { console.log('t2 ran'); });
});
