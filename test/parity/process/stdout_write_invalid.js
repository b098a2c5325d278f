// Writing a non-string non-buffer throws ERR_INVALID_ARG_TYPE.
for (const v of [1, {}, null, undefined]) {
  try {
    process.stdout.write(v);
    console.log('no throw for', v);
  } catch (e) {
    console.log(String(v), e.code, e.message);
  }
}
