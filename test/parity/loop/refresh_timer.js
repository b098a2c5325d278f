// refresh() restarts a timer's countdown without creating a new timer.
let fired = 0;
const t = setTimeout(() => { fired++; console.log('fired', fired); }, 30);
setTimeout(() => {
  console.log('refreshing at 10ms; fired so far', fired);
  t.refresh();
}, 10);
setTimeout(() => console.log('at 35ms fired =', fired), 35);
