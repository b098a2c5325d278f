// A source whose cancel throws or rejects makes cancel() reject with that error.
const a = new ReadableStream({ cancel() { throw new Error('sync throw'); } });
a.cancel().catch((e) => console.log('a', e.message));
const b = new ReadableStream({ cancel() { return Promise.reject(new Error('async reject')); } });
b.cancel().catch((e) => console.log('b', e.message));
const c = new ReadableStream({ start(ctl) { ctl.error(new Error('errored')); } });
c.cancel().catch((e) => console.log('c', e.message));
