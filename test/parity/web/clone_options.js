// structuredClone argument and options validation.
const t = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
t('no args', () => structuredClone());
t('options number', () => structuredClone(1, 1));
t('transfer number', () => structuredClone(1, { transfer: 1 }));
t('transfer item number', () => structuredClone(1, { transfer: [1] }));
t('transfer invalid object', () => structuredClone(1, { transfer: [{}] }));
t('transfer typed array', () => structuredClone(1, { transfer: [new Uint8Array(1)] }));
t('options null', () => structuredClone('v', null));
t('transfer undefined', () => structuredClone({ x: 1 }, { transfer: undefined }));
t('empty transfer', () => structuredClone([1], { transfer: [] }));
const d = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
console.log(typeof structuredClone, structuredClone.name, structuredClone.length, d.enumerable);
