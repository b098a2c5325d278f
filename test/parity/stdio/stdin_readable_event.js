// parity-stdin: _text.txt
// process.stdin in paused mode: 'readable' then read() until null, then 'end'.
const chunks = [];
process.stdin.on('readable', () => {
  let c;
  while ((c = process.stdin.read()) !== null) chunks.push(c);
});
process.stdin.on('end', () => {
  const all = Buffer.concat(chunks);
  console.log('bytes', all.length, 'isBuffer', Buffer.isBuffer(chunks[0]));
  console.log(all.toString());
});
