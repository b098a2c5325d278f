// console.error/log of errors prints their stacks.
function make() { return new TypeError('printed error'); }
const e = make();
console.error(e);
console.log({ wrapped: e });
console.log('message only:', e.message);
console.log('%s', e);
