// unref() then ref() keeps the process alive again; hasRef follows.
const t = setTimeout(() => console.log('fired after ref again'), 10);
t.unref();
console.log('after unref', t.hasRef());
t.ref();
console.log('after ref', t.hasRef());
const iv = setInterval(() => console.log('unref interval (should not fire)'), 1000);
iv.unref();
