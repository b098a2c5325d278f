// createHook: validation, enable/disable return the hook, and init/before/after fire for
// AsyncResource objects while enabled.
const ah = require('async_hooks');
for (const k of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
  try { ah.createHook({ [k]: 1 }); } catch (e) { console.log(e.name, e.code, e.message); }
}
const events = [];
const hook = ah.createHook({
  init(id, type, trigger, resource) { if (type === 'MINE') events.push(`init ${type} trigger=${trigger === ah.executionAsyncId()} resource=${resource instanceof ah.AsyncResource}`); },
  before(id) { events.push(`before same=${id === res.asyncId()}`); },
  after(id) { events.push(`after same=${id === res.asyncId()}`); },
});
console.log('enable returns hook:', hook.enable() === hook);
console.log('enable twice:', hook.enable() === hook);
var res = new ah.AsyncResource('MINE');
res.runInAsyncScope(() => events.push('callback'));
try { new ah.AsyncResource(''); } catch (e) { console.log('empty type with hooks:', e.code, e.message); }
console.log('disable returns hook:', hook.disable() === hook);
new ah.AsyncResource('MINE').runInAsyncScope(() => events.push('after disable'));
console.log(events.join('\n'));
console.log('createHook({}) works:', typeof ah.createHook({}).enable().disable());
