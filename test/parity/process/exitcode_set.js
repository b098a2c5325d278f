// process.exitCode is the code of a normal exit.
console.log('exitCode initially', process.exitCode);
process.exitCode = 4;
console.log('exitCode now', process.exitCode);
setTimeout(() => { process.exitCode = 5; console.log('changed in timer'); }, 1);
