// parity-stdin: _text.txt
// Touching process.stdin without reading keeps nothing alive; pause() after resume() lets the
// process exit once the data listener is gone.
const s = process.stdin;
console.log('flowing', s.readableFlowing);
s.on('end', () => console.log('never: not read to the end'));
setTimeout(() => console.log('timer ran, exiting'), 10);
