// process.kill(pid, 0) tests for existence; bad signals throw.
console.log('kill 0', process.kill(process.pid, 0));
try {
  process.kill(process.pid, 'SIGNOPE');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  process.kill('abc');
} catch (e) {
  console.log(e.code, e.message);
}
