// node:worker_threads seen from the main thread: identity, environment data, ports, untransferable marks.
const wt = require('worker_threads');
console.log(wt.isMainThread, wt.isInternalThread, wt.threadId, wt.parentPort, wt.workerData, wt.resourceLimits);
console.log(wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'), typeof wt.Worker);
wt.setEnvironmentData('k', { v: 1 });
console.log(wt.getEnvironmentData('k'), wt.getEnvironmentData('missing'));
wt.setEnvironmentData('k', undefined);
console.log(wt.getEnvironmentData('k'));
const buf = new ArrayBuffer(8);
console.log(wt.isMarkedAsUntransferable(buf));
wt.markAsUntransferable(buf);
console.log(wt.isMarkedAsUntransferable(buf), wt.isMarkedAsUntransferable(1));
const { port1, port2 } = new wt.MessageChannel();
console.log(port1 instanceof wt.MessagePort);
port2.postMessage({ hello: 'world' });
console.log(wt.receiveMessageOnPort(port1), wt.receiveMessageOnPort(port1));
port1.close();
console.log(wt.MessageChannel === globalThis.MessageChannel, wt.BroadcastChannel === globalThis.BroadcastChannel);
