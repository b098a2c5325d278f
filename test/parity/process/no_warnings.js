// parity-flags: --no-warnings
// --no-warnings silences printing, but the warning event still fires.
process.on('warning', (w) => console.log('warning event', w.name, w.message));
process.emitWarning('hidden');
setTimeout(() => {}, 2 ** 31);
