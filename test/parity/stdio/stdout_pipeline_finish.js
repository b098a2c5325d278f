// stream.pipeline into process.stdout: the callback runs, stdout is not closed afterwards.
const { pipeline, Readable } = require('stream');
pipeline(Readable.from(['a\n', 'b\n', 'c\n']), process.stdout, (err) => {
  console.error('done', err, 'stdout writable', process.stdout.writable, 'destroyed', process.stdout.destroyed);
  console.log('console still works');
});
