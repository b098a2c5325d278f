// process.exit inside a promise callback.
Promise.resolve(5).then((v) => {
  console.log('then', v);
  process.exit(v);
}).then(() => console.log('next then (should not run)'));
process.on('exit', (code) => console.log('exit', code, 'exitCode', process.exitCode));
