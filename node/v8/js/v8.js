'use strict';

// node:v8 on a runtime without V8: heap numbers come from the Go runtime, serialize and
// deserialize speak V8's wire format (in Go), and the rest answers as V8 would with the feature
// unavailable.

const binding = internalBinding('v8');
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

binding.setBufferHelpers(Buffer.prototype, (v) => Buffer.isBuffer(v));

function serialize(value) {
  const ab = binding.serialize(value);
  return Buffer.from(ab, 0, ab.byteLength);
}

function deserialize(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    const err = new TypeError('buffer must be a TypedArray or a DataView');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return binding.deserialize(buffer);
}

function getHeapStatistics() {
  return binding.heapStatistics();
}

const spaceNames = [
  'read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space', 'trusted_space',
  'shared_trusted_space', 'new_large_object_space', 'large_object_space', 'code_large_object_space',
  'shared_large_object_space', 'shared_trusted_large_object_space', 'trusted_large_object_space',
];

function getHeapSpaceStatistics() {
  const heap = binding.heapStatistics();
  return spaceNames.map((space_name) => ({
    space_name,
    space_size: space_name === 'old_space' ? heap.total_heap_size : 0,
    space_used_size: space_name === 'old_space' ? heap.used_heap_size : 0,
    space_available_size: space_name === 'old_space' ? heap.total_heap_size - heap.used_heap_size : 0,
    physical_space_size: space_name === 'old_space' ? heap.total_physical_size : 0,
  }));
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

function getCppHeapStatistics() {
  return { committed_size_bytes: 0, resident_size_bytes: 0, used_size_bytes: 0, space_statistics: [], type_names: [], detail_level: 'brief' };
}

function setFlagsFromString(flags) {
  if (typeof flags !== 'string') throw new ERR_INVALID_ARG_TYPE('flags', 'string', flags);
  // V8 flags have no engine to reach here; Node accepts the call and V8 ignores what it does
  // not know after printing a complaint, which a program cannot observe.
}

function cachedDataVersionTag() {
  return 2521476671;
}

function isStringOneByteRepresentation(content) {
  if (typeof content !== 'string') throw new ERR_INVALID_ARG_TYPE('content', 'string', content);
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) > 0xFF) return false;
  }
  return true;
}

function notImplemented(name) {
  return function() { throw new ERR_METHOD_NOT_IMPLEMENTED(name); };
}

const startupSnapshot = {
  addSerializeCallback() { throw notBuildingSnapshot(); },
  addDeserializeCallback() { throw notBuildingSnapshot(); },
  setDeserializeMainFunction() { throw notBuildingSnapshot(); },
  isBuildingSnapshot() { return 0; }, // Node answers with its binding's 0
};
function notBuildingSnapshot() {
  const err = new Error('Operation cannot be invoked when not building startup snapshot');
  err.code = 'ERR_NOT_BUILDING_SNAPSHOT';
  return err;
}

class GCProfiler {
  start() {}
  stop() { return undefined; }
}

const promiseHooks = {
  onInit() { return () => {}; },
  onSettled() { return () => {}; },
  onBefore() { return () => {}; },
  onAfter() { return () => {}; },
  createHook() { return () => {}; },
};

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: notImplemented('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  getCppHeapStatistics,
  setFlagsFromString,
  deserialize,
  takeCoverage() {},
  stopCoverage() {},
  serialize,
  writeHeapSnapshot: notImplemented('writeHeapSnapshot'),
  promiseHooks,
  queryObjects: notImplemented('queryObjects'),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit() {},
  GCProfiler,
  isStringOneByteRepresentation,
  startCpuProfile: notImplemented('startCpuProfile'),
};
