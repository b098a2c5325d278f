// dgram: addMembership/dropMembership argument checks and joining a group on loopback.
setTimeout(() => { console.log("timeout"); process.exit(1); }, 5000).unref();
const dgram = require('dgram');
const s = dgram.createSocket({ type: 'udp4', reuseAddr: true });
try { s.addMembership(); } catch (e) { console.log(e.code, e.message); }
s.bind(0, () => {
  try { s.addMembership('224.0.0.114', '127.0.0.1'); console.log('joined'); } catch (e) { console.log('join', e.code); }
  try { s.dropMembership('224.0.0.114', '127.0.0.1'); console.log('left'); } catch (e) { console.log('leave', e.code); }
  try { s.dropMembership('224.0.0.114', '127.0.0.1'); console.log('left again'); } catch (e) { console.log(e.code, e.syscall, e.message); }
  try { s.addMembership('not-an-ip'); } catch (e) { console.log(e.code, e.syscall); }
  s.close();
});
