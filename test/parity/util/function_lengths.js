// name and length of every function of the core modules' exports (read as values) and of their
// main prototypes (read as descriptors, getters and setters included): buffer, util, assert,
// events, os, perf_hooks, worker_threads (MessagePort, BroadcastChannel), Blob/File, Event.
const out = [];
function dumpValues(label, obj) {
  for (const k of Object.getOwnPropertyNames(obj).sort()) {
    let v;
    try { v = obj[k]; } catch { continue; }
    if (typeof v === 'function') out.push(`${label}.${k}: ${JSON.stringify(v.name)}/${v.length}`);
  }
}
function dumpProto(label, obj) {
  for (const k of Object.getOwnPropertyNames(obj).sort()) {
    const d = Object.getOwnPropertyDescriptor(obj, k);
    for (const [kind, f] of [['', d.value], [' get', d.get], [' set', d.set]]) {
      if (typeof f === 'function') out.push(`${label}.${k}${kind}: ${JSON.stringify(f.name)}/${f.length}`);
    }
  }
}
const custom = Symbol.for('nodejs.util.inspect.custom');
const buffer = require('buffer');
dumpValues('buffer', buffer);
dumpValues('Buffer', buffer.Buffer);
dumpProto('Buffer.prototype', buffer.Buffer.prototype);
dumpProto('Blob.prototype', buffer.Blob.prototype);
dumpProto('File.prototype', buffer.File.prototype);
out.push(`Blob inspect.custom length ${buffer.Blob.prototype[custom].length}`);
const util = require('util');
dumpValues('util', util);
dumpValues('util.types', util.types);
dumpProto('MIMEType.prototype', util.MIMEType.prototype);
const assert = require('assert');
dumpValues('assert', assert);
dumpValues('assert.strict', assert.strict);
dumpProto('AssertionError.prototype', assert.AssertionError.prototype);
dumpProto('Assert.prototype', assert.Assert.prototype);
const events = require('events');
dumpValues('events', events);
dumpProto('EventEmitter.prototype', events.EventEmitter.prototype);
dumpProto('EventTarget.prototype', EventTarget.prototype);
dumpProto('Event.prototype', Event.prototype);
dumpValues('os', require('os'));
const perf = require('perf_hooks');
dumpValues('perf_hooks', perf);
dumpProto('Performance.prototype', Object.getPrototypeOf(perf.performance));
dumpProto('PerformanceEntry.prototype', perf.PerformanceEntry.prototype);
dumpProto('PerformanceObserver.prototype', perf.PerformanceObserver.prototype);
const wt = require('worker_threads');
dumpValues('worker_threads', wt);
dumpProto('MessagePort.prototype', wt.MessagePort.prototype);
dumpProto('BroadcastChannel.prototype', wt.BroadcastChannel.prototype);
console.log(out.join('\n'));
