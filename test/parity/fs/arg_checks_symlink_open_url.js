// fs argument checks: symlink's type (one of 'dir', 'file', 'junction', null, undefined),
// numeric open flags as int32, file: URLs through url.fileURLToPath (encoded slashes, hosts,
// schemes, NUL bytes), in the sync, callback and promise forms.
const fs=require('fs'); const t=(l,f)=>{try{console.log(l,'ok',f())}catch(e){console.log(l,e.name,e.code,e.message)}};
t('sym1',()=>fs.symlinkSync('','','x')); t('sym2',()=>fs.symlinkSync('','',false)); t('sym3',()=>fs.symlinkSync('','',{}));t('sym4',()=>fs.symlink('','','x',()=>{}));
t('url1',()=>fs.readFile(new URL('file:///c:/tmp/%2f'),()=>{})); t('url2',()=>fs.readFile(new URL('file://hostname/a/b/c'),()=>{})); t('url3',()=>fs.readFileSync(new URL('file:///tmp/%00x')));
t('url4',()=>fs.readFileSync(new URL('http://x/a'))); t('url5',()=>fs.existsSync(new URL('file:///tmp/a%20b')));
t('open1',()=>fs.openSync(__filename, 4294967296)); t('open2',()=>fs.openSync('/etc/hostname', 0, 4294967296)); t('open3',()=>fs.open('/etc/hostname', 4294967296, ()=>{}));
t('open4',()=>fs.openSync('/etc/hostname', 1.5));
fs.promises.symlink('','',false).catch(e=>console.log('psym',e.code,e.message)); fs.promises.open('/etc/hostname',4294967296).catch(e=>console.log('popen',e.code,e.message));
