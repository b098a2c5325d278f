// timers/promises scheduler: wait and yield, the Scheduler class and its brand check.
const { scheduler } = require('timers/promises');
(async () => {
  console.log(await scheduler.wait(1), await scheduler.yield());
  console.log(scheduler.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)));
  try { new scheduler.constructor(); } catch (e) { console.log(e.name, e.code, e.message); }
  try { scheduler.wait.call({}, 1); } catch (e) { console.log(e.name, e.code, e.message); }
  try { scheduler.yield.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
  try { await scheduler.wait('x'); } catch (e) { console.log(e.code, e.message); }
  try { await scheduler.wait(10, { signal: AbortSignal.abort() }); } catch (e) { console.log(e.name); }
})();
