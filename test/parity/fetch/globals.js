// the fetch globals and their property descriptors
for (const n of ['fetch', 'Headers', 'Request', 'Response', 'FormData', 'WebSocket', 'CloseEvent']) {
  void globalThis[n];
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, typeof d.value, d.writable, d.enumerable, d.configurable, d.value.name, d.value.length);
}
console.log(Object.keys(Headers.prototype), Object.keys(Response), Object.keys(Response.prototype));
console.log(Object.keys(Request.prototype));
