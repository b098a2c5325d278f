// An uncaught parse error from require() of a JSON file, as Node prints it.
require('./fixtures/bad_array.json');
