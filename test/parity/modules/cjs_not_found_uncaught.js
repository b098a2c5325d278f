// An uncaught MODULE_NOT_FOUND: Node's printout and exit code. (Its requireStack array is
// dropped before the rethrow: util.inspect wraps it at a width that depends on the checkout path.)
try {
  require('./fixtures/does-not-exist');
} catch (e) {
  delete e.requireStack;
  throw e;
}
