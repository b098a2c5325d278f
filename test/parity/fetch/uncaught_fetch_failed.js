// an unhandled fetch failure as the process prints it
fetch('foo://bar/');
