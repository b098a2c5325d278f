// Timers fire in order of their delays, not of their creation. The delays are 100ms apart so that
// a scheduling stall between two setTimeout calls cannot reorder them.
setTimeout(() => console.log('300'), 300);
setTimeout(() => console.log('100'), 100);
setTimeout(() => console.log('400'), 400);
setTimeout(() => console.log('200'), 200);
setTimeout(() => console.log('1'), 1);
