// Checks typed arrays over a transferred buffer.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const b = new ArrayBuffer(4);
const u = new Uint8Array(b);
u.set([1, 2, 3, 4]);
const c = b.transfer(2);
show('new contents', () => [...new Uint8Array(c)]);
show('old view length', () => u.length);
show('old view read', () => u[0]);
show('transfer receiver', () => ArrayBuffer.prototype.transfer.call({}));
show('detached receiver', () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached').get.call(5));
