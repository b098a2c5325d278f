'use strict';
// node:worker_threads from the main thread. The ports and channels are node/web's in-thread
// ones; a Worker (another runtime with its own loop) does not exist yet, so its constructor
// throws ERR_METHOD_NOT_IMPLEMENTED rather than pretending.

const io = require('internal/worker/io');

const untransferable = new WeakSet();
const environmentData = new Map();

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function markAsUntransferable(obj) {
  if (isObjectLike(obj)) untransferable.add(obj);
}

function isMarkedAsUntransferable(obj) {
  return isObjectLike(obj) && untransferable.has(obj);
}

function markAsUncloneable(obj) {
  if (isObjectLike(obj)) require('internal/structured_clone').markUncloneable(obj);
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function notImplemented(name) {
  return new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)(name);
}

class Worker extends require('events') {
  constructor(filename) {
    super();
    throw notImplemented('Worker');
  }
}

function moveMessagePortToContext() {
  throw notImplemented('moveMessagePortToContext');
}

function postMessageToThread(threadId, value, transferList, timeout) {
  return Promise.reject(notImplemented('postMessageToThread'));
}

module.exports = {
  isInternalThread: false,
  isMainThread: true,
  MessagePort: io.MessagePort,
  MessageChannel: io.MessageChannel,
  markAsUncloneable,
  markAsUntransferable,
  isMarkedAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort: io.receiveMessageOnPort,
  resourceLimits: {},
  postMessageToThread,
  threadId: 0,
  threadName: '',
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  parentPort: null,
  workerData: null,
  BroadcastChannel: io.BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
