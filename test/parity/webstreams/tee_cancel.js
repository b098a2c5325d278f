// Cancelling both tee branches cancels the source with both reasons; one branch alone does not.
let sourceReason;
const rs = new ReadableStream({
  start(c) { c.enqueue(1); },
  cancel(reason) { sourceReason = reason; },
});
const [b1, b2] = rs.tee();
b1.cancel('r1').then(() => console.log('branch1 cancel resolved'));
setTimeout(() => {
  console.log('after one cancel:', sourceReason);
  b2.cancel('r2').then(() => console.log('after both:', sourceReason));
}, 1);
