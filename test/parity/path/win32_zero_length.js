// Zero-length strings in path.win32 and path.posix act as the current directory where Node says so.
'use strict';
process.chdir('/');
const path = require('path');
for (const p of [path.posix, path.win32]) {
  console.log(p === path.win32 ? 'win32' : 'posix',
    JSON.stringify([p.join(''), p.join('', ''), p.normalize(''), p.isAbsolute(''), p.resolve(''), p.resolve('', ''),
      p.relative('', p.resolve('.')), p.relative(p.resolve('.'), ''), p.dirname(''), p.basename(''), p.extname('')]));
}
