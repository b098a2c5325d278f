// structuredClone transfer: the buffer's memory moves to the clone and the original is detached.
const u = new Uint8Array([1, 2, 3]);
const buf = u.buffer;
const r = structuredClone({ buf, view: u }, { transfer: [buf] });
console.log(r.buf.byteLength, r.view, r.view.buffer === r.buf);
console.log('original', buf.byteLength, u.length, u.byteLength);
try { structuredClone(buf); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(1, { transfer: [buf] }); } catch (e) { console.log(e.name, e.message); }
const ab = new ArrayBuffer(4);
try { structuredClone(ab, { transfer: [ab, ab] }); } catch (e) { console.log(e.name, e.message); }
const ab2 = new ArrayBuffer(8);
try { structuredClone({ f() {} }, { transfer: [ab2] }); } catch (e) { console.log(e.name, e.message); }
console.log('failed clone keeps the buffer', ab2.byteLength);
