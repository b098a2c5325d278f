// Test names: from the function's name, anonymous, options-only forms, non-string names.
const { test } = require('node:test');
test(function namedFunction() {});
test(() => {});
test({ skip: true }, function withOptions() {});
test(123, () => {});
test('', () => {});
