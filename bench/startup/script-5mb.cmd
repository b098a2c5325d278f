# Compile and run a generated 5 MB script of functions and object literals.
{gen}/big-5mb.js
