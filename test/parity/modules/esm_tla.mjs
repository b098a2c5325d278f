// Top-level await in a dependency: the importer waits for it.

import { late } from './fixtures/esm_tla.mjs';
console.log('main got', late);
await null;
console.log('main after its own await');
