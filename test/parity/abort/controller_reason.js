// abort(reason): any value becomes the reason, undefined gives the default DOMException.
for (const reason of ['text', 0, null, { a: 1 }, new Error('err')]) {
  const ac = new AbortController();
  ac.abort(reason);
  console.log(typeof ac.signal.reason, ac.signal.reason === reason);
}
const ac = new AbortController();
ac.abort(undefined);
console.log(ac.signal.reason.name);
