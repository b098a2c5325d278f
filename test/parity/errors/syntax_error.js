// A syntax error in the main file.
console.log('never');
let x = ;
