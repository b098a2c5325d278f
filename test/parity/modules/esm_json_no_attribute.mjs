// Importing JSON without the type attribute is an error.

try {
  await import('./fixtures/data.json');
} catch (e) {
  console.log(e.code, e.message.replace(import.meta.dirname, '<HERE>'));
}
