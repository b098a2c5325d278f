// Misc process fields with stable values.
console.log('argv0 basename stable', typeof process.argv0 === 'string');
console.log('exitCode', process.exitCode);
console.log('mainModule is module', process.mainModule === module);
console.log('require.main is module', require.main === module);
console.log('config object', typeof process.config);
console.log('emitWarning', typeof process.emitWarning);
console.log('allowedNodeEnvironmentFlags', process.allowedNodeEnvironmentFlags instanceof Set);
console.log('noDeprecation', process.noDeprecation);
console.log('throwDeprecation', process.throwDeprecation);
console.log('stdin.isTTY', process.stdin.isTTY);
