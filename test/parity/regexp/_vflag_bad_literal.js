// not a case: vflag_literal_errors requires it
module.exports = 1;
const bad = /[a-z&&]/v;
