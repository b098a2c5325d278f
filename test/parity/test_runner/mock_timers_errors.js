// mock.timers errors: enabling twice, ticking while disabled, unknown APIs.
const { test } = require('node:test');
test('errors', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  try { t.mock.timers.enable(); } catch (e) { console.log(e.code, e.message); }
  t.mock.timers.reset();
  try { t.mock.timers.tick(1); } catch (e) { console.log(e.code, e.message); }
  try { t.mock.timers.runAll(); } catch (e) { console.log(e.code, e.message); }
  try { t.mock.timers.enable({ apis: ['nope'] }); } catch (e) { console.log(e.code, e.message); }
});
