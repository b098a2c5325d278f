// Timers with the same delay fire in creation order, whatever the delay (0 and 1 share a list).
// The longer timers are created last so that a stall while creating them cannot reorder lists.
for (let i = 0; i < 3; i++) setTimeout(() => console.log('t0 #' + i), 0);
for (let i = 0; i < 3; i++) setTimeout(() => console.log('t1 #' + i), 1);
for (let i = 0; i < 5; i++) setTimeout(() => console.log('t100 #' + i), 100);
