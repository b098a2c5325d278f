// Two star exports of the same name: the name is ambiguous and left out; default is never star-exported.

import * as ns from './fixtures/esm_star_both.mjs';
console.log(Object.keys(ns).join(','), 'shared' in ns, 'default' in ns);
