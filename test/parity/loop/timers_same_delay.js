// Timers with the same delay fire in creation order, whatever the delay.
for (let i = 0; i < 5; i++) setTimeout(() => console.log('t10 #' + i), 10);
for (let i = 0; i < 3; i++) setTimeout(() => console.log('t0 #' + i), 0);
for (let i = 0; i < 3; i++) setTimeout(() => console.log('t1 #' + i), 1);
