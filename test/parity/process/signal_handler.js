// A signal listener receives the signal name and number; with it installed the process survives.
const keepAlive = setInterval(() => {}, 1000);
process.on('SIGUSR2', (name, num) => {
  console.log('got', name, num);
  clearInterval(keepAlive);
  process.removeAllListeners('SIGUSR2');
});
console.log('listeners', process.listenerCount('SIGUSR2'));
process.kill(process.pid, 'SIGUSR2');
console.log('kill returned');
process.on('exit', (c) => console.log('exit', c));
