// objectMode: any value except null, highWaterMark counts objects, push returns false at hwm.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
const res = [];
for (const v of [1, 'two', { three: 3 }, [4], false, 0, '']) res.push(r.push(v));
console.log(res.join(','), r.readableLength, r.readableHighWaterMark, r.readableObjectMode);
const out = [];
let v;
while ((v = r.read()) !== null) out.push(JSON.stringify(v));
console.log(out.join(' '));
const r2 = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
console.log(r2.push({}), r2.push({}), r2.push({}), r2.readableLength);
