// console.time/timeEnd/timeLog: labels and layout (the durations are masked).
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => write(String(chunk).replace(/\d+(\.\d+)?(ms|s)\b/g, '<T>$2'), ...rest);
console.time();
console.timeEnd();
console.time('label');
console.timeLog('label', 'extra', { data: 1 });
console.timeEnd('label');
console.time('again');
console.time('again');
console.timeEnd('missing');
console.timeLog('missing');
