// new net.Socket({ fd }) checks fd as an int32 >= 0 before anything else (ERR_OUT_OF_RANGE,
// ERR_INVALID_ARG_TYPE); a descriptor that is neither a TCP socket nor a pipe is refused with
// ERR_INVALID_FD_TYPE.
const net = require('net');
for (const fd of [-1, 'foo', 1.5, 2 ** 31, null, 987654]) {
  try {
    new net.Socket({ fd });
    console.log(fd, 'made');
  } catch (e) {
    console.log(fd, e.name, e.code, e.message);
  }
}
