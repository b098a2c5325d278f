// A syntax error in a required file: the uncaught printout with the file, line and caret.
require('./fixtures/syntax_error');
