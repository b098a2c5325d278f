// CommonJS requiring an ES module that imports CommonJS.

const ns = require('./fixtures/esm_imports_cjs_then_required.mjs');
console.log(ns.viaEsm, require('./fixtures/cjs_for_esm.cjs').one);
