// onabort: set, replaced and cleared; runs in registration order with addEventListener listeners.
const ac = new AbortController();
const s = ac.signal;
console.log('initial', s.onabort);
s.addEventListener('abort', () => console.log('listener 1'));
s.onabort = () => console.log('first handler (replaced)');
s.addEventListener('abort', () => console.log('listener 2'));
s.onabort = function (e) { console.log('onabort', this === s, e.type); };
console.log(typeof s.onabort);
ac.abort();
const ac2 = new AbortController();
ac2.signal.onabort = () => console.log('cleared, must not run');
ac2.signal.onabort = null;
console.log(ac2.signal.onabort);
ac2.abort();
