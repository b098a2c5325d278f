// AbortSignal.timeout does not keep the process alive: the process exits before it fires.
const s = AbortSignal.timeout(60000);
s.onabort = () => console.log('must not fire');
process.on('exit', () => console.log('exit with signal aborted =', s.aborted));
