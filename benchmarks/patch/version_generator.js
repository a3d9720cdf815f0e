// What Cocos Creator's version_generator.js does: walk the content, MD5 of each file's raw bytes
// (fs.readFileSync + crypto), write project.manifest and version.manifest. Written for the benchmark.
// usage: node version_generator.js <src dir> <dest dir> <version> <packageUrl>
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const [src, dest, version, url] = process.argv.slice(2);
const manifest = {
  packageUrl: url,
  remoteManifestUrl: url + 'project.manifest',
  remoteVersionUrl: url + 'version.manifest',
  version,
  assets: {},
  searchPaths: [],
};

function walk(dir) {
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = fs.statSync(full);
    if (stat.isDirectory()) { walk(full); continue; }
    if (name[0] === '.') continue;
    const data = fs.readFileSync(full);
    const md5 = crypto.createHash('md5').update(data).digest('hex');
    const relative = path.relative(src, full).replace(/\\/g, '/');
    manifest.assets[relative] = { size: stat.size, md5 };
  }
}

walk(src);
fs.mkdirSync(dest, { recursive: true });
fs.writeFileSync(path.join(dest, 'project.manifest'), JSON.stringify(manifest));
delete manifest.assets;
delete manifest.searchPaths;
fs.writeFileSync(path.join(dest, 'version.manifest'), JSON.stringify(manifest));
