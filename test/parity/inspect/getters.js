// Getters and setters, with and without the getters option.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
const o = {
  get g() { return 'got'; },
  set s(v) {},
  get gs() { return 1; },
  set gs(v) {},
  get thrower() { const e = new Error('boom'); e.stack = 'Error: boom\n    at thrower (fake.js:1:1)'; throw e; },
};
show('default', o);
show('getters: true', o, { getters: true });
show('getters: get', o, { getters: 'get' });
show('getters: set', o, { getters: 'set' });
class C { get val() { return 5; } }
show('class getter (on prototype)', new C());
