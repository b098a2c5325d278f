// An uncaught ERR_INVALID_ARG_TYPE thrown by Node itself.
setTimeout('not a function');
