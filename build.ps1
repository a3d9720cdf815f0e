# Bootstrap for the Walle build on Windows (NUKE layout): same steps as build.sh.
[CmdletBinding()]
Param([Parameter(Position = 0, Mandatory = $false, ValueFromRemainingArguments = $true)][string[]]$BuildArguments)
$ErrorActionPreference = "Stop"
$ScriptDir = Split-Path $MyInvocation.MyCommand.Path -Parent
$BuildProject = Join-Path $ScriptDir "build/_build.csproj"
$BuildExe = Join-Path $ScriptDir "build/bin/publish/_build.exe"
$TempDir = Join-Path $ScriptDir ".nuke/temp"
$Stamp = Join-Path $TempDir "build.stamp"
$env:DOTNET_CLI_TELEMETRY_OPTOUT = 1; $env:DOTNET_NOLOGO = 1; $env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = 1

Push-Location $ScriptDir
try {
    $dotnetOk = $null -ne (Get-Command dotnet -ErrorAction SilentlyContinue)
    if ($dotnetOk) { & dotnet --version *> $null; $dotnetOk = $LASTEXITCODE -eq 0 }
} finally { Pop-Location }
if (-not $dotnetOk) {
    $DotNetDir = Join-Path $TempDir "dotnet-win"
    if (-not (Test-Path (Join-Path $DotNetDir "dotnet.exe"))) {
        New-Item -ItemType Directory -Force -Path $TempDir | Out-Null
        $Installer = Join-Path $TempDir "dotnet-install.ps1"
        Invoke-WebRequest "https://dot.net/v1/dotnet-install.ps1" -OutFile $Installer
        & $Installer -JsonFile (Join-Path $ScriptDir "global.json") -InstallDir $DotNetDir -NoPath
    }
    $env:DOTNET_ROOT = $DotNetDir; $env:PATH = "$DotNetDir;$env:PATH"
}

$Watched = @("build", "src") | ForEach-Object { Join-Path $ScriptDir $_ }
$needsBuild = -not (Test-Path $BuildExe) -or -not (Test-Path $Stamp)
if (-not $needsBuild) {
    $stampTime = (Get-Item $Stamp).LastWriteTimeUtc
    $needsBuild = $null -ne (Get-ChildItem $Watched -Recurse -File | Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' -and $_.LastWriteTimeUtc -gt $stampTime } | Select-Object -First 1)
}
if ($needsBuild) {
    New-Item -ItemType Directory -Force -Path $TempDir | Out-Null
    $started = Get-Date
    & dotnet publish $BuildProject -r win-x64 --self-contained false -p:PublishReadyToRun=true -o (Join-Path $ScriptDir "build/bin/publish") -nologo -clp:NoSummary -v:quiet
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    Set-Content $Stamp "" ; (Get-Item $Stamp).LastWriteTime = $started
}
& $BuildExe @BuildArguments
exit $LASTEXITCODE
