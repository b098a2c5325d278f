// Inside an I/O callback (poll phase), setImmediate always runs before setTimeout(0).
const fs = require('fs');
fs.readFile(__filename, (err, data) => {
  console.log('readFile', err, data.length > 0);
  setTimeout(() => console.log('timeout 0'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
});
