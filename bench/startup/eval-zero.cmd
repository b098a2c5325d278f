# Node's `-e 0`: evaluate the expression 0 and exit (startup floor).
-e 0
