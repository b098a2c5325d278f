// navigator: fields, Navigator class, property descriptors.
const os = require('os');
console.log(navigator.hardwareConcurrency === os.availableParallelism(), typeof navigator.hardwareConcurrency);
console.log(navigator.language, navigator.languages, Object.isFrozen(navigator.languages));
console.log(navigator.platform, navigator.userAgent);
console.log(navigator instanceof Navigator, String(navigator), Object.keys(navigator));
console.log(Object.keys(Navigator.prototype).filter((k) => k !== 'locks'));
try { new Navigator(); } catch (e) { console.log(e.name, e.code, e.message); }
const d = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
console.log(typeof d.get, d.set, d.enumerable, d.configurable);
