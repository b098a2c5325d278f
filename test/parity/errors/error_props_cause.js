// An uncaught error with extra properties and a cause.
const cause = new RangeError('the cause');
const e = new Error('with extras', { cause });
e.code = 'E_EXTRA';
e.info = { n: 1 };
throw e;
