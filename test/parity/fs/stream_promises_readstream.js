// Reading a file stream with async iteration and stream/consumers; encoding and start/end.
const fs = require('fs');
const { text } = require('stream/consumers');
const { file } = require('./_tmp');
const f = file('lines.txt');
fs.writeFileSync(f, 'alpha\nbeta\ngamma\n');
(async () => {
  const chunks = [];
  for await (const c of fs.createReadStream(f, { encoding: 'utf8', highWaterMark: 5 })) chunks.push(c);
  console.log(JSON.stringify(chunks));
  console.log(JSON.stringify(await text(fs.createReadStream(f, { start: 6, end: 9 }))));
  const empty = file('empty.txt');
  fs.writeFileSync(empty, '');
  console.log(JSON.stringify(await text(fs.createReadStream(empty))));
})();
