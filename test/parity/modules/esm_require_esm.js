// require() of an ES module (Node 24): its namespace; with top-level await it throws ERR_REQUIRE_ASYNC_MODULE.

const ns = require('./fixtures/esm_named.mjs');
console.log(ns.x, typeof ns.default, ns.__esModule, Object.keys(ns).join(','));
const pkg = require('pkg-esm');
console.log(pkg.value, pkg.hello('cjs'));
try {
  require('pkg-esm-tla');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
