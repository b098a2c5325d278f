// Promise.all/allSettled/race/any: settlement order relative to plain then chains.
const log = [];
const r = (v) => Promise.resolve(v);
Promise.all([r(1), r(2)]).then((v) => log.push('all ' + v));
Promise.allSettled([r(1), Promise.reject(new Error('x'))]).then((v) => log.push('allSettled ' + v.map((s) => s.status)));
Promise.race([r('race'), new Promise(() => {})]).then((v) => log.push(v));
Promise.any([Promise.reject(1), r('any')]).then((v) => log.push(v));
Promise.any([Promise.reject(1), Promise.reject(2)]).catch((e) => log.push(e.constructor.name + ' ' + e.errors));
r(0).then(() => log.push('then1')).then(() => log.push('then2')).then(() => log.push('then3')).then(() => log.push('then4'));
setImmediate(() => console.log(log.join('\n')));
