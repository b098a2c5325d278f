// A name always gives the same channel; Channel/ActiveChannel show in inspect as Node's do.
const dc = require('diagnostics_channel');
const util = require('util');
const a = dc.channel('same');
console.log('same object:', a === dc.channel('same'));
console.log('instanceof Channel:', a instanceof dc.Channel, {} instanceof dc.Channel);
console.log(util.inspect(a));
a.subscribe(() => {});
console.log(util.inspect(a));
console.log('still instanceof Channel:', a instanceof dc.Channel);
console.log('name:', a.name, typeof dc.channel(Symbol('s')).name);
console.log('exports:', Object.keys(dc).join(','));
console.log('prototype:', Object.getOwnPropertyNames(dc.Channel.prototype).join(','));
