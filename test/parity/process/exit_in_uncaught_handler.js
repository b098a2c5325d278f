// process.exit inside an uncaughtException handler sets the code.
process.on('uncaughtException', (e) => {
  console.log('handler', e.message);
  process.exit(12);
});
process.on('exit', (c) => console.log('exit', c));
throw new Error('oops');
