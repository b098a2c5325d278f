// MIMEParams: get/has/set/delete, iteration order, toString, and a standalone instance.
const { MIMEType, MIMEParams } = require('util');
const { params } = new MIMEType('a/b;one=1;two=2;ONE=ignored');
console.log(params.get('one'), params.get('ONE'), params.get('missing'), params.has('two'), params.has('x'));
params.set('three', '3');
params.delete('two');
console.log([...params.keys()], [...params.values()], [...params.entries()], [...params]);
console.log(params.toString(), JSON.stringify(params));
const p = new MIMEParams();
p.set('a', 'b c');
console.log('standalone:', p.toString(), [...p]);
console.log('classes:', typeof MIMEType, typeof MIMEParams, Object.getOwnPropertyNames(MIMEParams.prototype).sort().join(','));
