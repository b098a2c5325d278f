// parity-stdin: _text.txt
// for await over process.stdin collects every chunk.
(async () => {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  console.log(JSON.stringify(text), process.stdin.readableEnded);
})();
