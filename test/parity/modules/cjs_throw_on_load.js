// A module that throws while loading is not cached; a second require runs it again.

for (let i = 0; i < 2; i++) {
  try {
    require('./fixtures/throws');
  } catch (e) {
    console.log('attempt', i, e.message);
  }
}
console.log(Object.keys(require.cache).some((k) => k.endsWith('throws.js')));
