// Transferring a MessagePort through postMessage: a new port object arrives, listed in the event's ports, and carries the channel.
const { port1, port2 } = new MessageChannel();
const inner = new MessageChannel();
port2.onmessage = (e) => {
  const p = e.data.port;
  console.log('received', p.constructor.name, p === inner.port1, e.ports.length);
  p.onmessage = (m) => { console.log('through transferred port', m.data); p.close(); port2.close(); };
  inner.port2.postMessage('hello');
};
port1.postMessage({ port: inner.port1 }, [inner.port1]);
try { inner.port1.postMessage('x'); console.log('old port post ok'); } catch (e) { console.log(e.name, e.message); }
