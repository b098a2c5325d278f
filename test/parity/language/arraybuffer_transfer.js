// Checks ArrayBuffer.prototype.transfer, detached, resizable.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const b = new ArrayBuffer(8);
new Uint8Array(b)[0] = 7;
const c = b.transfer();
show('moved', () => [c.byteLength, new Uint8Array(c)[0]]);
show('detached', () => [b.detached, b.byteLength, c.detached]);
show('shrink', () => new ArrayBuffer(8).transfer(4).byteLength);
show('grow', () => new ArrayBuffer(2).transferToFixedLength(6).byteLength);
show('again', () => b.transfer());
show('negative', () => new ArrayBuffer(8).transfer(-1));
show('resizable', () => [new ArrayBuffer(4).resizable, new ArrayBuffer(4).maxByteLength]);
show('resize', () => new ArrayBuffer(4).resize(2));
