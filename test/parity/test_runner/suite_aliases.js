// suite/test aliases and the skip/todo variants of describe and it.
const nt = require('node:test');
console.log(nt.describe === nt.suite, nt.it === nt.test, nt === nt.test, typeof nt.run, typeof nt.mock);
nt.suite('suite alias', () => {
  nt.test('test in suite', () => {});
  nt.it.skip('skipped it');
  nt.it.todo('todo it', () => { throw new Error('todo failure is not a failure'); });
});
nt.describe.skip('skipped suite', () => {
  nt.it('inside skipped', () => { throw new Error('never'); });
});
nt.describe.todo('todo suite', () => {
  nt.it('inside todo', () => {});
});
