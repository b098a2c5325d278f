// exit listeners run in registration order; once and prepend work; process._exiting is set.
process.on('exit', () => console.log('on 1'));
process.once('exit', () => console.log('once 2'));
process.prependListener('exit', () => console.log('prepended 0'));
process.on('exit', function (code) { console.log('on 3, this === process', this === process, 'code', code); });
console.log('listener count', process.listenerCount('exit'));
