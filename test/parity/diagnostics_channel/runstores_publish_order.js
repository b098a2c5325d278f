// runStores publishes inside the stores before calling fn; a subscriber added by another
// subscriber only sees the next publish.
const dc = require('diagnostics_channel');
const ch = dc.channel('order');
const log = [];
ch.subscribe((m) => {
  log.push(`first ${m}`);
  if (m === 1) ch.subscribe((n) => log.push(`late ${n}`));
});
ch.runStores(1, () => log.push('fn 1'));
ch.runStores(2, () => log.push('fn 2'));
console.log(log.join('\n'));
