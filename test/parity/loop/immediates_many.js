// Many immediates run in order within one turn, each followed by its microtasks.
const out = [];
for (let i = 0; i < 1000; i++) {
  setImmediate(() => {
    out.push(i);
    if (i % 250 === 0) Promise.resolve().then(() => out.push('p' + i));
  });
}
setImmediate(() => {
  console.log(out.length, out.slice(0, 4).join(','), out.slice(-3).join(','));
  console.log(out.indexOf('p250') === out.indexOf(250) + 1);
});
