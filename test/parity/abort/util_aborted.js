// util.aborted resolves when the signal aborts (immediately for an aborted one); argument validation.
const util = require('util');
(async () => {
  const ac = new AbortController();
  const p = util.aborted(ac.signal, {});
  setTimeout(() => ac.abort(), 1);
  const v = await p;
  console.log('resolved with', typeof v, v?.type);
  console.log('aborted already', await util.aborted(AbortSignal.abort(), {}));
  try { await util.aborted({}, {}); } catch (e) { console.log(e.code, e.message); }
  try { await util.aborted(ac.signal, 1); } catch (e) { console.log(e.code, e.message); }
})();
