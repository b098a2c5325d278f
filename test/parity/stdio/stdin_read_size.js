// parity-stdin: _text.txt
// read(n) returns exactly n bytes once available, and the rest at the end.
process.stdin.once('readable', function onReadable() {
  const first = process.stdin.read(4);
  console.log('read(4)', JSON.stringify(String(first)));
  process.stdin.on('end', () => console.log('end'));
  const drain = () => {
    let c;
    while ((c = process.stdin.read(5)) !== null) console.log('chunk', JSON.stringify(String(c)));
  };
  drain();
  process.stdin.on('readable', drain);
});
