// Resolving with thenables schedules a job to call then(); ordering against plain chains.
const log = [];
const thenable = { then(res) { log.push('thenable.then called'); res('thenable value'); } };
Promise.resolve(thenable).then((v) => log.push(v));
new Promise((r) => r(thenable)).then((v) => log.push('ctor ' + v));
Promise.resolve().then(() => log.push('p1')).then(() => log.push('p2')).then(() => log.push('p3'));
(async () => log.push('async returns ' + (await thenable)))();
setImmediate(() => console.log(log.join('\n')));
