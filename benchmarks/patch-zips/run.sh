#!/usr/bin/env bash
# Patch zips vs no zips: requests and bytes players download, measured with the cocos2d-x client simulator.
# Usage: benchmarks/patch-zips/run.sh [files=600] [versions=8] [window=3]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
dotnet run -c Release -- "$@"
