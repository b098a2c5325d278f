// import() from CommonJS: namespaces of ESM and of CJS, and a rejected import.

(async () => {
  const ns = await import('./fixtures/esm_named.mjs');
  console.log(ns.x, ns.default());
  const c = await import('./fixtures/cjs_for_esm.cjs');
  console.log(c.default.one, c.one, Object.keys(c).join(','));
  const fs = await import('fs');
  console.log(typeof fs.readFileSync, fs.default === require('fs'));
  try { await import('./fixtures/nothing-here.mjs'); } catch (e) { console.log(e.code); }
})();
