// pipe(dest, { end: false }): the destination stays open after the source ends; several
// sources into one destination in sequence.
const { Readable, PassThrough } = require('stream');
const dest = new PassThrough();
const got = [];
dest.on('data', (d) => got.push(String(d)));
dest.on('end', () => console.log('dest end', got.join(',')));
const a = Readable.from(['a1', 'a2']);
a.pipe(dest, { end: false });
a.on('end', () => {
  console.log('a ended, dest writable', dest.writable, dest.writableEnded);
  const b = Readable.from(['b1']);
  b.pipe(dest);
});
