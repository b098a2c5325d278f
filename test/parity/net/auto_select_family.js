// net.get/setDefaultAutoSelectFamily and the attempt timeout with their validation.
const net = require('net');
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamily(false);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(300);
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
for (const t of [() => net.setDefaultAutoSelectFamily(1), () => net.setDefaultAutoSelectFamilyAttemptTimeout(0),
  () => net.setDefaultAutoSelectFamilyAttemptTimeout('x')]) {
  try { t(); } catch (e) { console.log(e.code, e.message); }
}
