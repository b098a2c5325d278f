// Checks the engine's ES2023 array methods (findLast, toSorted, toReversed, toSpliced, with, at).
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const a = [3, 1, 2];
show('findLast', () => a.findLast((x) => x > 1));
show('findLastIndex', () => a.findLastIndex((x) => x > 5));
show('toSorted', () => [a.toSorted(), a]);
show('toReversed', () => a.toReversed());
show('toSpliced', () => a.toSpliced(1, 1, 'x', 'y'));
show('with', () => a.with(-1, 9));
show('at', () => [a.at(-1), a.at(5)]);
show('typed', () => [...new Uint8Array([3, 1, 2]).toSorted()]);
