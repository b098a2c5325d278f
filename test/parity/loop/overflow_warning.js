// Delays above 2^31-1 overflow to 1ms with a TimeoutOverflowWarning.
process.on('warning', (w) => console.log('warning event:', w.name, '|', w.message));
setTimeout(() => console.log('fired after overflow'), 2147483648);
setInterval(function () { console.log('interval overflow'); clearInterval(this); }, 1e10);
