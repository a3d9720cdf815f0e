#!/usr/bin/env python3
"""Generates a deterministic hot-update tree with realistic file sizes (scripts, configs, UI images, atlases, audio).

  make_tree.py DIR --files 20000 --bytes 1073741824 [--seed 1]     create the tree
  make_tree.py DIR --mutate 0.01 [--seed 2]                        rewrite 1% of the files (new bytes, same size)
  make_tree.py DIR --rename 0.01 [--seed 3]                        replace 1% of the files by new bytes under new
                                                                   names, as Cocos Creator builds with MD5-named assets do
"""
import argparse, os, random

KINDS = [  # (weight, folder, extension, min size, max size)
    (30, "src/app", ".luac", 1_000, 24_000),
    (15, "res/config", ".json", 300, 12_000),
    (30, "res/ui", ".png", 4_000, 80_000),
    (10, "res/atlas", ".plist", 2_000, 20_000),
    (8, "res/atlas", ".png", 60_000, 400_000),
    (6, "res/audio", ".mp3", 100_000, 900_000),
    (1, "res/video", ".mp4", 2_000_000, 8_000_000),
]

def plan(files, total, rng):
    weights = [k[0] for k in KINDS]
    picks = rng.choices(range(len(KINDS)), weights, k=files)
    sizes = [rng.randint(KINDS[p][3], KINDS[p][4]) for p in picks]
    scale = total / sum(sizes)
    return [(KINDS[p], max(1, int(s * scale))) for p, s in zip(picks, sizes)]

def write(path, size, rng):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(rng.randbytes(size))

def main():
    a = argparse.ArgumentParser()
    a.add_argument("dir"); a.add_argument("--files", type=int, default=20000)
    a.add_argument("--bytes", type=int, default=1 << 30); a.add_argument("--seed", type=int, default=1)
    a.add_argument("--mutate", type=float); a.add_argument("--rename", type=float)
    o = a.parse_args()
    rng = random.Random(o.seed)
    if o.mutate or o.rename:
        paths = sorted(os.path.join(r, n) for r, _, ns in os.walk(o.dir) for n in ns)
        for p in rng.sample(paths, max(1, int(len(paths) * (o.mutate or o.rename)))):
            size = os.path.getsize(p)
            if o.rename:
                os.remove(p)
                folder, name = os.path.split(p)
                stem, ext = os.path.splitext(name)
                p = os.path.join(folder, f"{stem.split('.')[0]}.{rng.getrandbits(32):08x}{ext}")
            write(p, size, rng)
        return
    for i, (kind, size) in enumerate(plan(o.files, o.bytes, rng)):
        _, folder, ext, _, _ = kind
        write(os.path.join(o.dir, folder, f"d{i % 40:02d}", f"f{i:05d}{ext}"), size, rng)

main()
