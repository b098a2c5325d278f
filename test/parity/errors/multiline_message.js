// An error with a multi-line message.
throw new Error('line one\nline two\n  indented three');
