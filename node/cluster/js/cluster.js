'use strict';
// node:cluster in the primary process. Forking workers needs child processes with an IPC
// channel, which gnode does not have yet: fork() throws ERR_METHOD_NOT_IMPLEMENTED.

const EventEmitter = require('events');

const SCHED_NONE = 1;
const SCHED_RR = 2;

class Worker extends EventEmitter {}

const cluster = new EventEmitter();
cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
const policy = process.env.NODE_CLUSTER_SCHED_POLICY;
cluster.schedulingPolicy = policy === 'none' ? SCHED_NONE : SCHED_RR;

cluster.setupPrimary = function setupPrimary(options) {
  cluster.settings = {
    args: process.argv.slice(2), exec: process.argv[1], execArgv: process.execArgv, silent: false,
    ...cluster.settings, ...options,
  };
  process.nextTick(() => cluster.emit('setup', cluster.settings));
};
cluster.setupMaster = cluster.setupPrimary;

cluster.fork = function fork() {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('cluster.fork');
};

cluster.disconnect = function disconnect(cb) {
  if (typeof cb === 'function') process.nextTick(cb);
};

module.exports = cluster;
