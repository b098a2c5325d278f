// parity-args: alpha --beta -c "quoted" 42
// process.argv: execPath, script path, then the arguments as given.
console.log('length', process.argv.length);
console.log('args', process.argv.slice(2));
console.log('argv[1] ends with case name', process.argv[1].endsWith('/argv.js'));
console.log('argv[0] is execPath', process.argv[0] === process.execPath);
console.log('argv0', typeof process.argv0);
console.log('execArgv', process.execArgv);
