// NaN, negative, non-number and too-large delays: all become 1ms, with warnings on stderr.
const order = [];
setTimeout(() => order.push('huge'), 2 ** 31);
setTimeout(() => order.push('neg'), -5);
setTimeout(() => order.push('nan'), NaN);
setTimeout(() => order.push('string'), '3');
setTimeout(() => order.push('undefined'));
setTimeout(() => order.push('obj'), {});
setTimeout(() => console.log(order.join(',')), 20);
