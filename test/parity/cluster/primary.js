// node:cluster in the primary process: flags, scheduling constants, settings and setup event.
const cluster = require('cluster');
console.log(cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster.SCHED_NONE, cluster.SCHED_RR, cluster.schedulingPolicy);
console.log(cluster.workers, cluster.settings, cluster instanceof require('events'), typeof cluster.Worker);
cluster.on('setup', (s) => console.log('setup', s));
cluster.setupPrimary({ exec: 'worker.js', silent: true });
console.log(cluster.settings);
