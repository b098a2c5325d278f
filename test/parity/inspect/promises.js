// Promises in each state.
const util = require('util');
const show = (label, v, opts) => console.log(label + ':', util.inspect(v, opts));
show('resolved', Promise.resolve(42));
show('resolved object', Promise.resolve({ a: 1 }));
const rejected = Promise.reject(new Error('no'));
rejected.catch(() => {});
rejected.then(null, () => {});
const r2 = Promise.reject(3);
r2.catch(() => {});
show('rejected', r2);
show('pending', new Promise(() => {}));
const p = Promise.resolve(1);
p.extra = 'x';
show('with prop', p);
show('async fn result', (async () => 'v')());
