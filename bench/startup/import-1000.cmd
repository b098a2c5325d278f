# import 1,000 small ES modules, generated into a temp dir at run time.
{gen}/esm/main.mjs
