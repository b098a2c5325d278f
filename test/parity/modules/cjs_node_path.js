// parity-env: NODE_PATH=fixtures/nodepath
// NODE_PATH: extra directories searched for bare specifiers (relative entries resolve from the cwd).
console.log(require('np-lib'));
