# Copy a 512 MB file with stream.pipeline (fs.createReadStream -> fs.createWriteStream).
{dir}/_pipeline-copy.js {gen}/src-512mb.bin
