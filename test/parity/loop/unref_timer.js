// An unref'd timer does not keep the process alive; a ref'd one does.
const t = setTimeout(() => console.log('unref timer fired (should not)'), 100000);
t.unref();
const i = setInterval(() => console.log('unref interval fired (should not)'), 100000);
i.unref();
const im = setImmediate(() => console.log('unref immediate fired (should not)'));
im.unref();
process.on('exit', (c) => console.log('exit', c));
console.log('end of main');
