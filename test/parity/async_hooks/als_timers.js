// The store follows setTimeout, setInterval (every repeat) and setImmediate callbacks.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const seen = [];
const done = () => { if (seen.length === 7) { seen.sort(); for (const s of seen) console.log(s); } };
setTimeout(() => { seen.push(`timeout outside run: ${als.getStore()}`); done(); }, 1);
als.run('A', () => {
  setTimeout((x) => { seen.push(`timeout: ${als.getStore()} arg ${x}`); done(); }, 2, 42);
  let n = 0;
  const iv = setInterval(() => {
    n++;
    seen.push(`interval #${n}: ${als.getStore()}`);
    if (n === 3) clearInterval(iv);
    done();
  }, 1);
  setImmediate((x) => { seen.push(`immediate: ${als.getStore()} arg ${x}`); done(); }, 'i');
});
als.run('B', () => {
  const t = setTimeout(() => { seen.push(`refreshed timeout: ${als.getStore()}`); done(); }, 3);
  als.run('C', () => t.refresh());
});
