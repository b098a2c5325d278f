// parity-flags: --unhandled-rejections=warn
// Several unhandled rejections get increasing rejection ids; a late catch is reported.
const a = Promise.reject(new Error('first'));
Promise.reject('second');
setTimeout(() => a.catch(() => {}), 5);
setTimeout(() => console.log('done'), 10);
