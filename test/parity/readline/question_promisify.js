// util.promisify(rl.question) uses the custom promisified form.
const readline = require('readline');
const util = require('util');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
const question = util.promisify(rl.question).bind(rl);
question('what? ').then((a) => {
  console.log('answer', a);
  rl.close();
});
input.write('promisified\n');
