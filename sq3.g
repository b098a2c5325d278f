/dev/fd/3: line 217: ./gnode-sq: No such file or directory
