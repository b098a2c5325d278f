// refresh() restarts a timer's countdown without creating a new timer. The margins (150/200/250ms)
// keep the order fixed even if the process stalls between the setTimeout calls.
let fired = 0;
let t;
setTimeout(() => {
  console.log('refreshing at 150ms; fired so far', fired);
  t.refresh();
}, 150);
t = setTimeout(() => { fired++; console.log('fired', fired); }, 200);
setTimeout(() => console.log('at 250ms fired =', fired), 250);
