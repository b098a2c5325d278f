// AbortController: abort() sets aborted and the default reason (DOMException AbortError), fires 'abort' once.
const ac = new AbortController();
console.log(ac.signal.aborted, ac.signal.reason, ac.signal === ac.signal);
let n = 0;
ac.signal.addEventListener('abort', (e) => { n++; console.log('abort event', e.type, e.target === ac.signal); });
ac.abort();
ac.abort('again');
console.log('fired', n, ac.signal.aborted);
const r = ac.signal.reason;
console.log(r instanceof DOMException, r.name, r.message, r.code);
