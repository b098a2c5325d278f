// emitWarning argument validation.
for (const args of [[123], [{}], ['msg', 5], ['msg', 'Type', 7]]) {
  try {
    process.emitWarning(...args);
    console.log('no throw', args);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
