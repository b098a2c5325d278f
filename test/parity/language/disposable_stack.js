// Checks DisposableStack use/defer/adopt/move/dispose.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const s = new DisposableStack();
s.use({ [Symbol.dispose]() { console.log('dispose used'); } });
s.defer(() => console.log('deferred'));
s.adopt('res', (v) => console.log('adopted', v));
const moved = s.move();
show('moved disposed', () => [s.disposed, moved.disposed]);
moved.dispose();
show('after', () => moved.disposed);
show('use after', () => moved.use({}));
show('use primitive', () => new DisposableStack().use(5));
show('defer non-fn', () => new DisposableStack().defer(5));
show('call', () => DisposableStack());
show('tag', () => Object.prototype.toString.call(new DisposableStack()));
