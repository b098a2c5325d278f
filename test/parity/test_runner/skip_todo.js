// skip and todo by option, by t.skip()/t.todo(), with and without messages, and the counts.
const { test } = require('node:test');
test('skip option', { skip: true }, () => { throw new Error('not run'); });
test('skip message', { skip: 'not on this platform' }, () => {});
test('todo option', { todo: true }, () => {});
test('todo message failing', { todo: 'later' }, () => { throw new Error('todo error'); });
test('t.skip', (t) => { t.skip(); });
test('t.skip message', (t) => { t.skip('runtime skip'); });
test('t.todo', (t) => { t.todo('not yet'); });
test.skip('test.skip');
test.todo('test.todo');
test('skip false', { skip: false }, () => {});
