# require() 1,000 small CommonJS modules, generated into a temp dir at run time.
{gen}/modules/main.js
