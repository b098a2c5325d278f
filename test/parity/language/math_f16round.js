// Checks Math.f16round and DataView float16.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('values', () => [1.337, 65504, 65520, 5.960464477539063e-8, 2.9802322387695312e-8, -0, 1e-10, 0.1].map(Math.f16round));
show('NaN', () => Math.f16round(NaN));
const v = new DataView(new ArrayBuffer(4));
v.setFloat16(0, 1.5); v.setFloat16(2, -2.25, true);
show('bits', () => [v.getUint16(0), v.getUint16(2, true)]);
show('read', () => [v.getFloat16(0), v.getFloat16(2, true)]);
