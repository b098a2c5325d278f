// Where test output appears among console.log: after the first wait for a timer, then as it happens.
const { test } = require('node:test');
test('t1', () => { console.log('in1'); });
test('t2', async () => { console.log('in2'); await new Promise((r) => setTimeout(r, 5)); console.log('in2 after'); });
test('t3', () => { console.log('in3'); });
test('t4', async (t) => { console.log('in4'); await t.test('t4a', () => console.log('in4a')); console.log('in4 after'); });
