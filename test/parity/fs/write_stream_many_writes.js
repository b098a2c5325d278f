// Many writes to a WriteStream (buffered, written with writev), bytesWritten at finish, the
// file content; write() return values around highWaterMark; cork/uncork batching.
const fs = require('fs');
const { file } = require('./_tmp');
const f = file('many.txt');
const ws = fs.createWriteStream(f, { highWaterMark: 16 });
const rets = [];
for (let i = 0; i < 10; i++) rets.push(ws.write('line ' + i + '\n'));
ws.cork();
ws.write('corked-a ');
ws.write('corked-b\n');
process.nextTick(() => ws.uncork());
ws.end('last\n');
ws.on('finish', () => {
  console.log(rets.join(','));
  console.log('bytesWritten', ws.bytesWritten);
});
ws.on('close', () => console.log(fs.readFileSync(f, 'utf8')));
