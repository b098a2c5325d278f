// concurrency: subtests of a suite with concurrency run together but report in order.
const { describe, it } = require('node:test');
const log = [];
describe('concurrent', { concurrency: true }, () => {
  it('slow', async () => { log.push('slow start'); await new Promise((r) => setTimeout(r, 20)); log.push('slow end'); });
  it('fast', async () => { log.push('fast start'); await new Promise((r) => setTimeout(r, 1)); log.push('fast end'); });
});
describe('sequential', () => {
  it('s1', async () => { log.push('s1 start'); await new Promise((r) => setTimeout(r, 10)); log.push('s1 end'); });
  it('s2', async () => { log.push('s2 start'); log.push('s2 end'); });
});
process.on('exit', () => console.log(log.join('\n')));
