// process.stdout.write returns true and calls its callback asynchronously, before
// setImmediate; 'finish' after end(); write after end errors.
const order = [];
const r = process.stdout.write('first\n', () => order.push('cb1'));
order.push(`returned ${r}`);
process.stdout.write(Buffer.from('second\n'), (err) => order.push(`cb2 ${err}`));
process.stdout.write('74686972640a', 'hex', () => order.push('cb3 hex'));
process.nextTick(() => order.push('nextTick'));
Promise.resolve().then(() => order.push('microtask'));
setImmediate(() => {
  order.push('immediate');
  process.stdout.on('finish', () => order.push('finish'));
  process.stdout.end('last\n', () => {
    order.push('end cb');
    process.stdout.write('after end', (err) => {
      order.push(`write after end: ${err && err.code}`);
      setImmediate(() => console.error(order.join('\n')));
    });
  });
});
process.stdout.on('error', (e) => order.push(`error event ${e.code}`));
