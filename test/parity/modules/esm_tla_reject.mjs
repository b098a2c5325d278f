// A top-level await that rejects in a dependency: uncaught error, exit code 1.
import './fixtures/esm_tla_reject.mjs';
console.log('not reached');
