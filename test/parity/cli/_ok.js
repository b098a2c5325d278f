// Helper script for cli cases (not a case itself).
console.log('ok.js ran with', process.argv.slice(2));
