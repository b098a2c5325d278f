// signal.throwIfAborted throws the reason itself; nothing when not aborted.
const ac = new AbortController();
ac.signal.throwIfAborted();
console.log('not aborted: no throw');
ac.abort('the reason');
try { ac.signal.throwIfAborted(); } catch (e) { console.log('threw', e); }
try { AbortSignal.abort().throwIfAborted(); } catch (e) { console.log('threw', e.name, e.message); }
