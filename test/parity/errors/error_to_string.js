// Error toString and name/message combinations.
const cases = [
  new Error('m'),
  new TypeError(''),
  Object.assign(new Error('m'), { name: '' }),
  Object.assign(new Error(''), { name: '' }),
  Object.assign(new Error('m'), { name: 'Custom' }),
  new RangeError(),
];
for (const e of cases) console.log(JSON.stringify(String(e)));
console.log(Error.prototype.toString.call({ name: 'N', message: 'M' }));
console.log(typeof Error.captureStackTrace, Error.stackTraceLimit);
const o = {};
Error.captureStackTrace(o);
console.log('captured stack starts with', o.stack.split('\n')[0]);
