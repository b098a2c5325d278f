// AsyncLocalStorage.run: the store inside and after, return value, arguments, nested runs.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
console.log('before run:', als.getStore());
const ret = als.run({ id: 1 }, (a, b) => {
  console.log('inside run:', als.getStore(), 'args:', a, b);
  als.run({ id: 2 }, () => console.log('nested run:', als.getStore()));
  console.log('after nested run:', als.getStore());
  return 'returned';
}, 'x', 'y');
console.log('run returned:', ret);
console.log('after run:', als.getStore());
const same = {};
als.run(same, () => als.run(same, () => console.log('same store twice:', als.getStore() === same)));
console.log('this in run callback is undefined:', als.run(1, function () { return this; }) === undefined);
