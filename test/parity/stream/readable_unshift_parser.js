// unshift() in a 'readable' handler to put back what a header parser over-read, then the body
// flows as data; the classic parser pattern.
const { Readable } = require('stream');
const src = new Readable({ read() {} });
src.push('HEAD:a=1;b=2\n\nbody part one|');
src.push('body part two');
src.push(null);
let header = '';
function onReadable() {
  let chunk;
  while ((chunk = src.read()) !== null) {
    const s = chunk.toString();
    const idx = s.indexOf('\n\n');
    if (idx !== -1) {
      header += s.slice(0, idx);
      src.removeListener('readable', onReadable);
      src.unshift(Buffer.from(s.slice(idx + 2)));
      console.log('header', JSON.stringify(header));
      const body = [];
      src.on('data', (d) => body.push(d.toString()));
      src.on('end', () => console.log('body', JSON.stringify(body.join(''))));
      return;
    }
    header += s;
  }
}
src.on('readable', onReadable);
