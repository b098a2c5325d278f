// Monitor and handler both run, monitor first; the program goes on.
process.on('uncaughtException', (err, origin) => console.log('handler:', err.message, origin));
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor:', err.message, origin));
setImmediate(() => console.log('still alive'));
throw new Error('boom');
