// An error thrown inside a required module's function: the printout with frames in both files.
const { run } = require('./fixtures/nested_throw');
run();
