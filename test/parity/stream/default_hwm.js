// getDefaultHighWaterMark / setDefaultHighWaterMark and highWaterMark option validation.
const stream = require('stream');
console.log(stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
stream.setDefaultHighWaterMark(true, 4);
console.log(new stream.Readable().readableHighWaterMark, new stream.Writable({ objectMode: true }).writableHighWaterMark);
console.log(new stream.Duplex({ readableObjectMode: true }).readableHighWaterMark);
try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { console.log(e.code, e.message); }
for (const hwm of [-1, 1.5, 'x', NaN]) {
  try { new stream.Readable({ highWaterMark: hwm }); console.log('ok', hwm); } catch (e) { console.log(e.code, e.message); }
}
try { new stream.Duplex({ readableHighWaterMark: -5 }); } catch (e) { console.log(e.code, e.message); }
console.log(new stream.Readable({ highWaterMark: 0 }).readableHighWaterMark, new stream.Writable({ highWaterMark: 3.0 }).writableHighWaterMark);
