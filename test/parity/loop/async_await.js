// async/await interleaving with plain promise chains and nextTick.
const log = (s) => console.log(s);
async function a() {
  log('a start');
  await null;
  log('a after await 1');
  await Promise.resolve();
  log('a after await 2');
}
async function b() {
  log('b start');
  await b2();
  log('b after await b2');
}
async function b2() {
  log('b2');
}
a();
b();
Promise.resolve().then(() => log('p1')).then(() => log('p2')).then(() => log('p3')).then(() => log('p4'));
process.nextTick(() => log('tick'));
log('sync');
