// run() from node:test: the event stream of child runs, read with 'data' and named events.
const path = require('path');
const { run } = require('node:test');
const files = ['one.test.js', 'two.test.js'].map((f) => path.join(__dirname, 'fixtures', 'run', f));
const stream = run({ files });
stream.on('test:pass', (d) => console.log('pass event', d.name, d.nesting));
stream.on('test:fail', (d) => console.log('fail event', d.name, d.details.error.cause.message));
const types = new Set();
stream.on('data', (ev) => types.add(ev.type));
stream.on('end', () => console.log('types', [...types].sort().join(',')));
