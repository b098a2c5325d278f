// Shared by the assert cases: run f and print the AssertionError (or other error) it throws:
// class, code, generatedMessage, operator and the full message (the diff included).
exports.t = function t(label, f) {
  try {
    const r = f();
    console.log(`${label} => ${r === undefined ? 'ok' : String(r)}`);
  } catch (e) {
    console.log(`${label} !! ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
    console.log(e.message);
  }
};
exports.ta = async function ta(label, f) {
  try {
    const r = await f();
    console.log(`${label} => ${r === undefined ? 'ok' : String(r)}`);
  } catch (e) {
    console.log(`${label} !! ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
    console.log(e.message);
  }
};
