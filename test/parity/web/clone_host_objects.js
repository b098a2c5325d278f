// structuredClone of platform objects without serialization: EventTarget and AbortSignal become plain objects; an untransferred port fails.
console.log(structuredClone(new EventTarget()), structuredClone(AbortSignal.abort()));
const { port1, port2 } = new MessageChannel();
try { structuredClone(port1); } catch (e) { console.log(e.name, e.message); }
port1.close();
