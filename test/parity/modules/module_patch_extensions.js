// Patching Module._extensions['.js'] (as ts-node and coverage tools do) and adding a new extension.

const Module = require('module');
const fs = require('fs');
const orig = Module._extensions['.js'];
Module._extensions['.js'] = function (module, filename) {
  if (filename.endsWith('a.js')) {
    const src = fs.readFileSync(filename, 'utf8');
    return module._compile(src + '\nexports.patched = true;', filename);
  }
  return orig(module, filename);
};
const a = require('./fixtures/a');
console.log(a.name, a.patched);
Module._extensions['.txt'] = function (module, filename) {
  module.exports = fs.readFileSync(filename, 'utf8').trim();
};
fs.writeFileSync(__dirname + '/fixtures/_tmp_note.txt', 'text module\n');
try {
  console.log(require('./fixtures/_tmp_note.txt'));
} finally {
  fs.unlinkSync(__dirname + '/fixtures/_tmp_note.txt');
}
