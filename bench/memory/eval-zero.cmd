# Peak RSS of `-e 0`: the memory floor of a process.
-e 0
