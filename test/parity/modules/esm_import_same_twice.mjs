// Two specifiers for one file (with and without ./x/../) give one module instance.
import * as a from './fixtures/esm_named.mjs';
import * as b from './fixtures/../fixtures/esm_named.mjs';
console.log(a === b);
const c = await import('./fixtures/esm_named.mjs?');
console.log(c === a);
