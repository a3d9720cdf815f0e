// Anchor side of the sprite sheet benchmark: packs a folder of PNGs with free-tex-packer-core and prints
// one JSON line: wall time (read + pack + encode + write), pages and packing efficiency (sprite area / texture area).
const fs = require("fs");
const path = require("path");
const { packAsync } = require("free-tex-packer-core");

async function main() {
  const [source, output, packer = "MaxRectsBin", method = "BestShortSideFit"] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  const images = fs.readdirSync(source).filter(f => f.endsWith(".png")).sort()
    .map(f => ({ path: f, contents: fs.readFileSync(path.join(source, f)) }));
  const files = await packAsync(images, {
    textureName: "sheet", width: 4096, height: 4096, fixedSize: false, powerOfTwo: false, padding: 0, extrude: 0,
    allowRotation: true, detectIdentical: false, allowTrim: true, trimMode: "trim", exporter: "JsonHash",
    removeFileExtension: false, prependFolderName: false, packer, packerMethod: method,
  });
  fs.mkdirSync(output, { recursive: true });
  for (const file of files) fs.writeFileSync(path.join(output, file.name), file.buffer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  let spriteArea = 0, textureArea = 0, pages = 0, frames = 0;
  for (const file of files.filter(f => f.name.endsWith(".json"))) {
    const data = JSON.parse(file.buffer.toString());
    pages++;
    textureArea += data.meta.size.w * data.meta.size.h;
    for (const frame of Object.values(data.frames)) { spriteArea += frame.frame.w * frame.frame.h; frames++; }
  }
  console.log(JSON.stringify({ seconds, pages, frames, efficiency: spriteArea / textureArea }));
}

main().catch(e => { console.error(e); process.exit(1); });
