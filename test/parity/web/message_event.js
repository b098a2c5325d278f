// MessageEvent constructor defaults and options.
const e = new MessageEvent('message');
console.log(e.type, e.data, JSON.stringify(e.origin), JSON.stringify(e.lastEventId), e.source, e.ports);
const f = new MessageEvent('custom', { data: { x: 1 }, origin: 'o', lastEventId: 'id' });
console.log(f.type, f.data, f.origin, f.lastEventId);
try { new MessageEvent(); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(Object.prototype.toString.call(f), Object.keys(MessageEvent.prototype));
