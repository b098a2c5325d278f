// An uncaught MODULE_NOT_FOUND: Node's whole printout and exit code.
require('./fixtures/does-not-exist');
