// A 'warning' listener gets the Warning object; it is still printed to stderr.
process.on('warning', (w) => {
  console.log('name', w.name, 'message', w.message, 'code', w.code);
  console.log('instanceof Error', w instanceof Error);
});
process.emitWarning('watched', { code: 'W_1' });
