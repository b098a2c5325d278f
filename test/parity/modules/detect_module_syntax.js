// Node 24 syntax detection: a .js file with no package type that uses import/export runs as ESM.

import('./fixtures/detect_esm.js').then((ns) => console.log(ns.detected));
console.log(require('./fixtures/detect_cjs.js').detected);
