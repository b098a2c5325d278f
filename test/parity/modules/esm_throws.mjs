// An uncaught error thrown while evaluating an imported ES module.
import { before } from './fixtures/esm_throws.mjs';
console.log(before);
