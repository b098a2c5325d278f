// hrtime argument validation.
for (const v of ['x', [1], [1, 2, 3], {}]) {
  try {
    process.hrtime(v);
    console.log('no throw for', v);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
