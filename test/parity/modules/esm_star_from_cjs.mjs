// export * from a CommonJS module re-exports its detected names.

import * as ns from './fixtures/esm_from_cjs_star.mjs';
console.log(Object.keys(ns).join(','), ns.one, ns.extra);
