// requires: ts
// Startup of the same minimal script as hello.js, written in TypeScript (type stripping).
interface Greeting { text: string; n: number }
const greeting: Greeting = { text: 'hello', n: 42 };
console.log(greeting.text + ' ' + greeting.n);
