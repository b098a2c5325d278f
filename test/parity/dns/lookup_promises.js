// dns.promises.lookup: result objects, all, family 6 failure, literal.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 8000).unref();
const dnsp = require('dns/promises');
(async () => {
  console.log(await dnsp.lookup('localhost', { family: 4 }));
  console.log(await dnsp.lookup('localhost', { all: true, family: 4 }));
  console.log(await dnsp.lookup('::1'));
  try { await dnsp.lookup('nonexistent.invalid'); } catch (e) { console.log(e.code, e.message); }
  console.log(require('dns').promises === dnsp);
})();
