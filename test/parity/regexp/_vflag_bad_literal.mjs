// not a case: vflag_literal_errors imports it
export const bad = /[\q{ab}--]/gv;
