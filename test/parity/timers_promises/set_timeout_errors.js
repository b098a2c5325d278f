// timers/promises setTimeout rejects (never throws) on invalid arguments.
const tp = require('timers/promises');
(async () => {
  for (const args of [[1, 'v', 5], [1, 'v', { signal: 5 }], [1, 'v', { ref: 5 }], ['x'], [1, 'v', null]]) {
    const p = tp.setTimeout(...args);
    console.log(p instanceof Promise);
    try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
