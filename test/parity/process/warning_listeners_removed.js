// Removing every 'warning' listener also removes the default printing.
console.log('default listeners', process.listenerCount('warning'));
process.removeAllListeners('warning');
process.emitWarning('not printed');
process.on('warning', (w) => console.log('custom listener only:', w.message));
process.emitWarning('custom');
