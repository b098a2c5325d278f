// SharedArrayBuffer and Atomics: the surface (names, lengths, attributes), inspect and util.types, every Atomics operation on each integer kind, V8's error texts, waitAsync woken by notify.
const t=(f)=>{try{console.log(f())}catch(e){console.log(e.constructor.name+": "+e.message)}};
for (const o of [SharedArrayBuffer, SharedArrayBuffer.prototype, Atomics]) console.log(Object.getOwnPropertyNames(o).map(k=>{const d=Object.getOwnPropertyDescriptor(o,k); return k+(d.get?"(get)":typeof d.value==="function"?"("+d.value.length+")":"")+(d.enumerable?"e":"")+(d.writable?"w":"")+(d.configurable?"c":"")}).join(" "), Object.getOwnPropertySymbols(o).map(String));
const s=new SharedArrayBuffer(8); console.log(s, Object.prototype.toString.call(s), require("util").types.isArrayBuffer(s), require("util").types.isAnyArrayBuffer(s), require("util").types.isSharedArrayBuffer(s));
const i=new Int32Array(s); console.log(Atomics.add(i,0,5), Atomics.load(i,0), Atomics.wait(i,0,1), Atomics.wait(i,0,5,10), Atomics.notify(i,0));
t(()=>Atomics.wait(new Int32Array(4),0,0));
t(()=>Atomics.add(new Float64Array(4),0,0));
t(()=>Atomics.add(i,9,0));
t(()=>ArrayBuffer.prototype.slice.call(s));
console.log(s.slice(2), new SharedArrayBuffer(4,{maxByteLength:8}));
t(()=>Atomics.add({},0,0)); t(()=>Atomics.add(1,0,0)); t(()=>Atomics.add(new Uint8ClampedArray(2),0,0)); t(()=>Atomics.load(new Int8Array(2),-1));
t(()=>Atomics.wait(new Int16Array(new SharedArrayBuffer(8)),0,0,0)); t(()=>Atomics.wait(new BigInt64Array(new SharedArrayBuffer(8)),0,0n,0));
t(()=>Atomics.notify(new Int32Array(4),0)); t(()=>Atomics.notify(new Int16Array(4),0)); t(()=>Atomics.store(new Int8Array(2),0,300)); t(()=>Atomics.store(new Int8Array(2),0,3.7)); t(()=>Atomics.add(new BigInt64Array(2),0,1));
t(()=>Atomics.compareExchange(new Uint8Array(2),0,0,9)); t(()=>[Atomics.isLockFree(1),Atomics.isLockFree(2),Atomics.isLockFree(3),Atomics.isLockFree(4),Atomics.isLockFree(8)]);
t(()=>Atomics.waitAsync(new Int32Array(new SharedArrayBuffer(8)),0,1)); t(()=>Atomics.pause()); t(()=>Atomics.wait(new Int32Array(new SharedArrayBuffer(8)),0,0,0));
t(()=>String(Atomics)); t(()=>Atomics.exchange(new Uint16Array(2),1,70000)); t(()=> new Uint8Array(new SharedArrayBuffer(3)).buffer.constructor.name);
t(()=>Atomics.load(new Int32Array(2),2)); t(()=>Atomics.load(new Int32Array(2),"x")); t(()=>Atomics.sub(new Uint32Array(2),0,1));
const b = new BigInt64Array(new SharedArrayBuffer(16)); t(()=>[Atomics.store(b,1,-5n), Atomics.add(b,1,2n), Atomics.load(b,1), Atomics.compareExchange(b,1,-3n,7n), b[1]]);
const bu = new BigUint64Array(2); t(()=>[Atomics.sub(bu,0,1n), bu[0]]);
const w = Atomics.waitAsync(i, 1, 0); console.log(w.async, Atomics.notify(i, 1)); w.value.then(v => console.log('woken', v));
class S extends SharedArrayBuffer {}; const ss = new S(2); console.log(ss instanceof S, ss.byteLength, typeof SharedArrayBuffer, structuredClone ? 'sc' : '');
t(()=>new SharedArrayBuffer(-1)); t(()=>new SharedArrayBuffer(2**53)); t(()=>SharedArrayBuffer.prototype.byteLength); t(()=>new SharedArrayBuffer(4).grow(8));
// slice goes through the species constructor
const sp = new SharedArrayBuffer(8);
sp.constructor = { [Symbol.species]: function() { return sp; } }; t(() => sp.slice());
sp.constructor = { [Symbol.species]: function() { return new SharedArrayBuffer(2); } }; t(() => sp.slice());
sp.constructor = { [Symbol.species]: function() { return new ArrayBuffer(8); } }; t(() => sp.slice());
sp.constructor = { [Symbol.species]: 1 }; t(() => sp.slice());
sp.constructor = 1; t(() => sp.slice());
