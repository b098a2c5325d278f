// controller.signal is an AbortSignal that aborts with the abort() reason.
const ws = new WritableStream({
  start(c) {
    console.log(c.signal instanceof AbortSignal, c.signal.aborted);
    c.signal.onabort = () => console.log('onabort', c.signal.reason);
  },
});
ws.abort('reason-1').then(() => console.log('aborted', ws));
