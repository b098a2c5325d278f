// Patching Module._resolveFilename (as mock-require and tsconfig-paths do) takes effect for require.

const Module = require('module');
const orig = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
  if (request === 'virtual-alias') request = './fixtures/a';
  return orig.call(this, request, parent, isMain, options);
};
console.log(require('virtual-alias').name);
Module._resolveFilename = orig;
try { console.log('after restore', require('virtual-alias').name); } catch (e) { console.log(e.code); }
try { console.log(require('virtual-alias-2')); } catch (e) { console.log(e.code); }
