// Readable.toWeb pauses the Readable when the web queue is full and resumes on reads.
const { Readable } = require('stream');
(async () => {
  let produced = 0;
  const r = new Readable({
    highWaterMark: 4,
    read() {
      produced++;
      this.push(Buffer.alloc(4, produced));
      if (produced === 6) this.push(null);
    },
  });
  const web = Readable.toWeb(r);
  await new Promise((res) => setTimeout(res, 5));
  console.log('produced before reading', produced, 'paused', r.isPaused());
  let total = 0;
  for await (const c of web) total += c.byteLength;
  console.log('total', total, 'produced', produced);
})();
