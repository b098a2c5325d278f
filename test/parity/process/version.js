// Version fields.
console.log('version', process.version);
console.log('versions.node', process.versions.node);
console.log('release.name', process.release.name);
console.log('release.lts', process.release.lts);
console.log('versions.v8', typeof process.versions.v8);
console.log('versions.uv', typeof process.versions.uv);
console.log('platform', process.platform);
console.log('arch', process.arch);
console.log('process', String(process), Object.prototype.toString.call(process));
