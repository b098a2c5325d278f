// Query strings make a separate module instance; hashes too.
import * as a from './fixtures/esm_named.mjs';
const q = await import('./fixtures/esm_named.mjs?v=1');
const h = await import('./fixtures/esm_named.mjs#frag');
console.log(q === a, h === a, q.x, h.x);
