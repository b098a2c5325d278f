// Shared by the buffer cases: run f and print its result or its error (name, code, message).
const util = require('util');
exports.t = function t(label, f) {
  try {
    const r = f();
    console.log(label, '=>', typeof r === 'string' ? JSON.stringify(r) : util.inspect(r, { breakLength: 120 }));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
};
