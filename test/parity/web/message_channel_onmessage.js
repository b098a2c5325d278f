// MessagePort onmessage: MessageEvent fields, cloned data, start on handler assignment.
const { port1, port2 } = new MessageChannel();
const data = { list: [1, 2], when: new Date(0) };
port1.onmessage = (e) => {
  console.log(e.constructor.name, e.type, e.data, e.data !== data, e.target === port1, e.ports, e.origin, e.lastEventId, e.source);
  console.log(e instanceof MessageEvent, e instanceof Event);
  port1.close();
};
port2.postMessage(data);
data.list.push(3);
