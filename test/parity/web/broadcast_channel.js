// BroadcastChannel: other channels of the same name receive clones; not the sender; inspect; name errors.
const util = require('util');
const a = new BroadcastChannel('room');
const b = new BroadcastChannel('room');
const other = new BroadcastChannel('elsewhere');
a.onmessage = () => console.log('sender must not receive');
other.onmessage = () => console.log('other name must not receive');
b.onmessage = (e) => {
  console.log('b got', e.data, e.constructor.name, b.name);
  a.close(); b.close(); other.close();
  try { a.postMessage('x'); } catch (err) { console.log(err.name, err.message); }
};
a.postMessage({ hello: 'world' });
console.log(util.inspect(a));
try { new BroadcastChannel(); } catch (e) { console.log(e.name, e.code, e.message); }
