// uncaughtExceptionMonitor sees the error first; without a handler the process still dies.
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log('monitor:', err.message, origin);
});
process.on('exit', (c) => console.log('exit', c));
throw new Error('boom');
