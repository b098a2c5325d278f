// parity-flags: --no-network-family-autoselection --network-family-autoselection-attempt-timeout=5
// The command-line defaults of net's family autoselection: --no-network-family-autoselection
// turns it off, the attempt timeout flag sets the default (raised to at least 10 ms).
const net = require('net');
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamily(true);
console.log(net.getDefaultAutoSelectFamily());
