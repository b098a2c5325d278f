// FormData.set replaces the first entry in place and removes the others
const fd = new FormData();
fd.append('a', '1'); fd.append('b', '2'); fd.append('a', '3'); fd.append('c', '4'); fd.append('a', '5');
fd.set('a', 'X');
console.log([...fd]);
fd.set('new', 'N');
console.log([...fd.keys()]);
const seen = []; fd.forEach((v, k) => seen.push(`${k}=${v}`)); console.log(seen.join('&'));
