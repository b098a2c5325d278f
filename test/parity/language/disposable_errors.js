// Checks DisposableStack error aggregation with SuppressedError.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const s = new DisposableStack();
s.defer(() => { throw new Error('first'); });
s.defer(() => { throw new Error('second'); });
try { s.dispose(); } catch (e) {
  console.log(e.constructor.name, e.message);
  console.log('error', e.error.message, 'suppressed', e.suppressed.message);
}
const se = new SuppressedError(1, 2, 'msg');
show('fields', () => [se.error, se.suppressed, se.message, se.name, se instanceof Error]);
show('length', () => SuppressedError.length);
