// Argument validation in node:os.
const os = require('os');
for (const [name, fn] of [
  ['getPriority("x")', () => os.getPriority('x')],
  ['getPriority(1.5)', () => os.getPriority(1.5)],
  ['setPriority(0, 20)', () => os.setPriority(0, 20)],
  ['setPriority("a", 1)', () => os.setPriority('a', 1)],
  ['userInfo(1)', () => os.userInfo(1)],
]) {
  try {
    fn();
    console.log(name, 'no throw');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
