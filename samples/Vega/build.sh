#!/usr/bin/env bash
# Bootstrap for the Vega build (NUKE layout): find or install the .NET SDK that global.json asks for,
# compile build/ only when a build source changed, then run it: ./build.sh [targets] [options]
set -eo pipefail
SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BUILD_PROJECT="$SCRIPT_DIR/build/_build.csproj"
BUILD_EXE="$SCRIPT_DIR/build/bin/publish/_build"
WATCH=("$SCRIPT_DIR/build" "$SCRIPT_DIR/Directory.Build.props" "$SCRIPT_DIR/Directory.Packages.props" "$SCRIPT_DIR/../../src")
TEMP_DIR="$SCRIPT_DIR/.nuke/temp"
STAMP="$TEMP_DIR/build.stamp"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_MULTILEVEL_LOOKUP=0

# The SDK: the one on PATH when it satisfies global.json, else a private install under .nuke/temp.
# Only needed to compile; a built build runs on the runtime alone, so a warm start skips this check.
PRIVATE_DOTNET="$TEMP_DIR/dotnet-unix"
[ -x "$PRIVATE_DOTNET/dotnet" ] && export DOTNET_ROOT="$PRIVATE_DOTNET" PATH="$PRIVATE_DOTNET:$PATH"
ensure_sdk() {
  command -v dotnet >/dev/null 2>&1 && (cd "$SCRIPT_DIR" && dotnet --version >/dev/null 2>&1) && return 0
  mkdir -p "$TEMP_DIR"
  echo "Installing the .NET SDK named in global.json into $PRIVATE_DOTNET"
  curl -sSfL https://dot.net/v1/dotnet-install.sh -o "$TEMP_DIR/dotnet-install.sh"
  bash "$TEMP_DIR/dotnet-install.sh" --jsonfile "$SCRIPT_DIR/global.json" --install-dir "$PRIVATE_DOTNET" --no-path
  export DOTNET_ROOT="$PRIVATE_DOTNET" PATH="$PRIVATE_DOTNET:$PATH"
}

# Compile the build project only when one of its sources is newer than the last compile.
changed() {
  [ -x "$BUILD_EXE" ] && [ -f "$STAMP" ] || return 0
  [ -n "$(find "${WATCH[@]}" \( -name bin -o -name obj \) -prune -o -newer "$STAMP" -type f -print -quit 2>/dev/null)" ]
}
if changed; then
  ensure_sdk
  mkdir -p "$TEMP_DIR"
  touch "$STAMP.new"
  # Published ReadyToRun (precompiled) for this machine's runtime, so a warm start spends no time in the JIT.
  case "$(uname -s)-$(uname -m)" in
    Darwin-arm64) RID=osx-arm64;; Darwin-*) RID=osx-x64;; *-aarch64|*-arm64) RID=linux-arm64;; *) RID=linux-x64;;
  esac
  dotnet publish "$BUILD_PROJECT" -r "$RID" --self-contained false -p:PublishReadyToRun=true \
    -o "$SCRIPT_DIR/build/bin/publish" -nologo -clp:NoSummary -v:quiet
  mv "$STAMP.new" "$STAMP"
fi

# Run it.
exec "$BUILD_EXE" "$@"
