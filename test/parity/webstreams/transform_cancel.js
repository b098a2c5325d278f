// Cancelling the readable side calls transformer.cancel and errors the writable side.
const ts = new TransformStream({
  cancel(reason) { console.log('transformer cancel', reason); },
});
const w = ts.writable.getWriter();
ts.readable.cancel('no more').then(() => console.log('cancel resolved'));
w.closed.catch((e) => console.log('writable errored with', e));
