// JSON: stringify and parse an object graph, repeatedly. Checksum: total lengths and a field sum.
'use strict';
function make(i) {
  return {
    id: i, name: 'user' + i, active: i % 3 === 0, score: i * 1.5,
    tags: ['a' + (i % 7), 'b' + (i % 11), 'c'],
    address: { street: i + ' Main St', city: 'City' + (i % 50), zip: String(10000 + i) },
  };
}
const data = [];
for (let i = 0; i < 2000; i++) data.push(make(i));
let total = 0, sum = 0;
for (let r = 0; r < 25; r++) {
  const s = JSON.stringify(data);
  total += s.length;
  const back = JSON.parse(s);
  for (let i = 0; i < back.length; i += 97) sum += back[i].score + back[i].address.zip.length;
  const pretty = JSON.stringify(back[r], null, 2);
  total += pretty.length;
}
console.log(total + ' ' + sum);
