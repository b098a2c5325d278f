// parity-flags: --no-warnings --unhandled-rejections=warn
// parity-args: x
// Runtime flags go to execArgv, not argv.
console.log('execArgv', process.execArgv);
console.log('args', process.argv.slice(2));
