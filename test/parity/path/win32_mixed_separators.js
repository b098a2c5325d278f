// win32 functions treat "/" and "\" alike on input and write "\" (except where a path is returned
// unchanged, as dirname and the parse fields do).
'use strict';
process.chdir('/');
const { win32 } = require('path');
for (const p of ['C:/a\\b/c', '/a/b\\c/', '//srv/share\\x/y', 'a/b\\..\\c', 'C:\\a/..\\..//b']) {
  console.log(JSON.stringify(p), JSON.stringify([win32.normalize(p), win32.resolve(p), win32.dirname(p), win32.basename(p),
    win32.isAbsolute(p), win32.join(p, 'z/w'), win32.relative('C:\\', p), win32.parse(p).dir]));
}
