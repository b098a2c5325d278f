// Regexp literals the engine cannot compile are SyntaxErrors worded as V8 words them, with the
// caret under the literal: each is a module of its own, loaded with require.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 're-lit-'));
const literals = ['/(/', '/a**/', '/[b-a]/', '/)/', '/a{2,1}/', '/(/u', '/a/x', '/\\q/u', '/{/u', '/(?<a>x)\\k<b>/u'];
try {
  literals.forEach((lit, i) => {
    const file = path.join(dir, `m${i}.js`);
    fs.writeFileSync(file, `module.exports = 1;\nif (false) x = ${lit};\n`);
    try {
      require(file);
      console.log(lit, 'loaded');
    } catch (e) {
      console.log(lit, '->', e.name + ': ' + e.message);
    }
  });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
