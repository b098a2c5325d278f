// parity-stdin: _text.txt
// A flowing stdin whose handle is unref'd does not keep the process alive by itself.
process.stdin.on('data', () => {});
process.stdin._handle.unref();
setTimeout(() => console.log('timer done, exiting without reading to the end'), 20);
process.on('exit', () => console.log('exit'));
