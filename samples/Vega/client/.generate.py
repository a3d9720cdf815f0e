#!/usr/bin/env python3
"""Regenerates Vega's sample hot-update content (deterministic): Lua scripts, config tables, UI images, atlases.
Run from anywhere: python3 samples/Vega/client/.generate.py  (dot files are never published)."""
import json, os, random, shutil, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261125)

def write(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

def png(w, h, seed):
    r = random.Random(seed)
    base = [r.randrange(256) for _ in range(4)]
    rows = b"".join(b"\0" + bytes(
        (base[c] + (x * (c + 1) + y * (3 - c)) // 2 + (r.randrange(8) if (x + y) % 7 == 0 else 0)) % 256
        for x in range(w) for c in range(4)) for y in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")

for d in ("src", "res"):
    shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)

SCENES = ["login", "lobby", "battle", "shop", "bag", "mail", "guild", "rank", "task", "setting"]
write("src/main.lua", 'require "config"\nrequire "cocos.init"\n\nlocal function main()\n    require("app.MyApp"):create():run("LoginScene")\nend\n\nlocal status, msg = xpcall(main, __G__TRACKBACK__)\nif not status then print(msg) end\n')
write("src/config.lua", "DEBUG = 0\nCC_USE_FRAMEWORK = true\nCC_SHOW_FPS = false\nCC_DESIGN_RESOLUTION = { width = 1280, height = 720, autoscale = \"FIXED_HEIGHT\" }\n")
for i in range(118):
    scene = SCENES[i % len(SCENES)]
    name = f"{scene.capitalize()}View{i // len(SCENES)}"
    methods = "\n".join(
        f"function {name}:on{rng.choice(['Click', 'Enter', 'Refresh', 'Update', 'Close'])}{j}(sender)\n"
        f"    local data = self.model_:get(\"{scene}_{j}\")\n    if not data then return end\n"
        f"    self:refreshItem({j}, data.count or {rng.randrange(100)})\nend\n" for j in range(rng.randrange(3, 25)))
    write(f"src/app/views/{scene}/{name}.lua",
          f"local {name} = class(\"{name}\", cc.load(\"mvc\").ViewBase)\n\n{name}.RESOURCE_FILENAME = \"res/ui/{scene}/{scene}_{i}.csb\"\n\n{methods}\nreturn {name}\n")
for i in range(60):
    rows = [{"id": 1000 * i + k, "name": f"item_{i}_{k}", "price": rng.randrange(1, 9999), "quality": rng.randrange(1, 6)} for k in range(rng.randrange(3, 40))]
    write(f"res/config/table_{i:03d}.json", json.dumps(rows, indent=1))
write("res/i18n/zh_CN.json", json.dumps({"login": "登录", "start": "开始游戏", "shop": "商店", "bag": "背包"}, ensure_ascii=False, indent=1))
write("res/i18n/en_US.json", json.dumps({"login": "Log in", "start": "Start", "shop": "Shop", "bag": "Bag"}, indent=1))
for i in range(100):
    scene = SCENES[i % len(SCENES)]
    size = rng.choice([16, 24, 32, 48])
    write(f"res/ui/{scene}/icon_{i:03d}.png", png(size, size, i))
write("res/ui/common/按钮_确定.png", png(48, 24, 999))
for i in range(20):
    frames = "".join(f"<key>frame_{k}.png</key><dict><key>frame</key><string>{{{{{k * 32},0}},{{32,32}}}}</string></dict>\n" for k in range(rng.randrange(5, 40)))
    write(f"res/atlas/sheet_{i:02d}.plist", f'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>frames</key><dict>\n{frames}</dict></dict></plist>\n')
    write(f"res/atlas/sheet_{i:02d}.png", png(64, 64, 100 + i))
