// bindStore/runStores: each bound store runs with its transform of the message around the
// publish and the function; the last bound store is entered first.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
const ch = dc.channel('stores');
const s1 = new AsyncLocalStorage();
const s2 = new AsyncLocalStorage();
const s3 = new AsyncLocalStorage();
ch.bindStore(s1, (m) => { console.log('transform s1'); return `s1:${m.id}`; });
ch.bindStore(s2, (m) => { console.log('transform s2'); return `s2:${m.id}`; });
ch.bindStore(s3);
ch.subscribe((m) => console.log('subscriber sees stores:', s1.getStore(), s2.getStore(), s3.getStore() === m));
const ret = ch.runStores({ id: 7 }, function (a, b) {
  console.log('fn this/args:', this.t, a, b);
  setTimeout(() => console.log('timer inside runStores:', s1.getStore(), s2.getStore()), 1);
  return 'fn result';
}, { t: 'thisArg' }, 'x', 'y');
console.log('runStores returned:', ret, 'stores after:', s1.getStore(), s2.getStore());
ch.bindStore(s1, () => 'replaced');
ch.runStores({ id: 8 }, () => console.log('rebound transform:', s1.getStore()));
const idle = dc.channel('idle');
console.log('runStores on an idle channel:', idle.runStores(1, (x) => x * 2, null, 21));
