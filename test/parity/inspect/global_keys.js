// Enumerable globals and the types of common globals.
console.log(Object.keys(globalThis));
for (const name of ['global', 'process', 'Buffer', 'console', 'setTimeout', 'queueMicrotask', 'structuredClone',
  'atob', 'btoa', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'AbortController', 'EventTarget',
  'Event', 'fetch', 'crypto', 'performance', 'require', 'module', '__filename']) {
  console.log(name, typeof globalThis[name]);
}
console.log('global === globalThis', global === globalThis);
