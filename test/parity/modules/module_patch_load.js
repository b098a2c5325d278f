// Module._load is the hook require goes through (proxyquire-style interception).

const Module = require('module');
const orig = Module._load;
const seen = [];
Module._load = function (request, parent, isMain) {
  seen.push(request);
  if (request === 'fake-dep') return { fake: true };
  return orig.apply(this, arguments);
};
console.log(JSON.stringify(require('fake-dep')));
require('./fixtures/a');
Module._load = orig;
console.log(seen.join(','));
