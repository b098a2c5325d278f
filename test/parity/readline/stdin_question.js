// parity-stdin: _answers.txt
// readline/promises questions answered from a stdin pipe, prompts written to stdout.
const readline = require('readline/promises');
(async () => {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const name = await rl.question('What is your name? ');
  const lang = await rl.question('Favourite language? ');
  rl.close();
  console.log(`\nHello ${name}, ${lang} it is.`);
})();
