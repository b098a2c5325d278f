// DOMException options object: name and cause.
const e = new DOMException('with cause', { name: 'DataCloneError', cause: { why: 1 } });
console.log(e.name, e.code, e.cause, Object.getOwnPropertyDescriptor(e, 'cause').enumerable);
const f = new DOMException('no cause', { name: 'AbortError' });
console.log('cause' in f, f.name);
const g = new DOMException('undefined cause', { cause: undefined });
console.log('cause' in g, g.name);
