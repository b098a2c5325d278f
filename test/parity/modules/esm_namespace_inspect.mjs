// How a module namespace object prints.

import * as ns from './fixtures/esm_named.mjs';
import * as star from './fixtures/esm_star.mjs';
console.log(ns);
console.log(star);
