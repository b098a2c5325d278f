// The web globals Node installs: type and property attributes after first use.
const names = ['EventTarget', 'Event', 'CustomEvent', 'AbortController', 'AbortSignal', 'DOMException',
  'structuredClone', 'MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel', 'TextEncoder',
  'TextDecoder', 'Navigator', 'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming'];
for (const n of names) {
  const v = globalThis[n];
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, typeof v, 'value' in d, d.writable, d.enumerable, d.configurable);
}
for (const n of ['navigator', 'performance']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, typeof d.get, typeof d.set, d.enumerable, d.configurable, typeof globalThis[n]);
}
