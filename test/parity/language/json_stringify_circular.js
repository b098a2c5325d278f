// JSON.stringify's TypeError for a circular structure: V8 describes the circle (where it starts,
// the first two steps, an ellipsis, the last step and the key closing it), with constructor
// names and index/property keys. Also what serialises fine around it.
'use strict';
const show = (label, v, ...rest) => {
  try {
    console.log(label, JSON.stringify(v, ...rest));
  } catch (e) {
    console.log(label, e.constructor.name + ':', e.message);
  }
};
const a = { x: 1 };
a.self = a;
show('self', a);
const arr = [1, { y: [] }];
arr[1].y.push(arr);
show('array', arr);
class Node { constructor(n) { this.n = n; this.next = null; } }
const n1 = new Node(1), n2 = new Node(2), n3 = new Node(3), n4 = new Node(4), n5 = new Node(5);
n1.next = n2; n2.next = n3; n3.next = n4; n4.next = n5; n5.next = n1;
show('long chain', n1);
n3.next = n1;
show('three', n1);
n2.next = n1;
show('two', n1);
const inner = { deep: { deeper: {} } };
inner.deep.deeper.back = inner.deep;
show('inner circle', { wrap: [inner] });
const nul = Object.create(null);
nul.me = nul;
show('null proto', nul);
const viaToJSON = { toJSON() { return viaToJSON2; } };
const viaToJSON2 = { inner: null };
viaToJSON2.inner = viaToJSON2;
show('after toJSON', viaToJSON);
const shared = { s: 1 };
show('shared, not circular', { a: shared, b: shared, c: [shared, shared] });
show('with indent', a, null, 2);
show('with replacer function', a, (k, v) => v);
show('with replacer array', a, ['x', 'self']);
const m = new Map([[1, 2]]);
show('map', { m, s: new Set([1]), d: new Date(0), e: new Error('x'), r: /x/g, u8: new Uint8Array([1, 2]) });
