// An unhandled rejection whose Error has extra properties.
const e = new Error('rejected with props');
e.code = 'E_REJECT';
e.details = { attempt: 3 };
Promise.reject(e);
