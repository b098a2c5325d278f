// pipeline with several async generator stages, a source generator function, and the value
// of an async function destination; stage order of execution.
const { pipeline } = require('stream');
const log = [];
pipeline(
  async function* () { for (const x of [1, 2, 3]) { log.push('source ' + x); yield x; } },
  async function* (src) { for await (const x of src) { log.push('double ' + x); yield x * 2; } },
  async function* (src) { for await (const x of src) { log.push('inc ' + x); yield x + 1; } },
  async function (src) { let s = 0; for await (const x of src) { log.push('sum ' + x); s += x; } return s; },
  (err, value) => {
    console.log(log.join('\n'));
    console.log('err', err, 'value', value);
  },
);
