// Paused mode: 'readable' events and read(n) with sizes, needReadable and end.
const { Readable } = require('stream');
const log = [];
let i = 0;
const r = new Readable({
  highWaterMark: 4,
  read(n) {
    log.push('_read ' + n);
    i++;
    if (i <= 3) this.push('ab' + i);
    else this.push(null);
  },
});
r.on('readable', () => {
  log.push('readable len=' + r.readableLength);
  let chunk;
  while ((chunk = r.read(2)) !== null) log.push('read ' + chunk);
});
r.on('end', () => log.push('end'));
r.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
