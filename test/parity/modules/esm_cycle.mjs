// An ES module cycle: evaluation order and hoisted function access.

import { a } from './fixtures/esm_cycle_a.mjs';
console.log('main sees', a);
