// DataView get/setFloat16: the offset is checked before the value is converted; V8's RangeError text.
const d = new DataView(new ArrayBuffer(8));
const value = { valueOf() { console.log('valueOf'); return 1.5; } };
for (const o of [-1, -Infinity, Infinity, 7, 9, '2', -0.5, NaN]) {
  try {
    d.setFloat16(o, value);
    console.log('set', o, d.getFloat16(o));
  } catch (e) {
    console.log(String(o), e.name, e.message);
  }
}
for (const o of [-1, 7, 100]) {
  try { d.getFloat16(o); } catch (e) { console.log('get', o, e.name, e.message); }
}
try { DataView.prototype.setFloat16.call({}, 0, 1); } catch (e) { console.log(e.name); }
console.log(Math.f16round(1.337), Math.f16round(65520), Math.f16round(5e-8));
