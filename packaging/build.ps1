<#
.SYNOPSIS
  Build Welcome Desk as a one-folder Windows app in dist\welcome-desk\ and smoke-test it.

.DESCRIPTION
  The Windows counterpart of packaging/build.sh.

    powershell -ExecutionPolicy Bypass -File packaging\build.ps1                 # fresh venv in build\venv
    powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -CurrentPython  # use $env:PYTHON / python as it is
    powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -SmokeOnly      # only test dist\welcome-desk
    powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -NoInstaller    # skip the Inno Setup step

  Result: dist\welcome-desk\welcome-desk.exe      (windowed: the GUI, no console window)
          dist\welcome-desk\welcome-desk-cli.exe  (console: sub-commands, scripts, --help)
          dist\installer\welcome-desk-<version>-setup.exe  (when Inno Setup 6 is installed)

  Environment: PYTHON (interpreter; default: "py -3" if the launcher exists, else "python"),
               PIP_ARGS (extra arguments for pip install).
#>
[CmdletBinding()]
param(
    [switch]$CurrentPython,
    [switch]$SmokeOnly,
    [switch]$NoSmoke,
    [switch]$NoInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..")).Path
$AppDir = Join-Path $Root "dist\welcome-desk"
$Gui = Join-Path $AppDir "welcome-desk.exe"
$Cli = Join-Path $AppDir "welcome-desk-cli.exe"

function Say([string]$Text) { Write-Host "`n==> $Text" }
function Fail([string]$Text) { $Host.UI.WriteErrorLine("build.ps1: $Text"); exit 1 }

# Run a native program; stop on a non-zero exit code.
function Invoke-Checked {
    param([string]$Exe, [string[]]$Arguments, [string]$What)
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { Fail "$What failed (exit code $LASTEXITCODE)" }
}

function Get-BasePython {
    if ($env:PYTHON) { return @($env:PYTHON) }
    if (Get-Command py -ErrorAction SilentlyContinue) { return @("py", "-3") }
    return @("python")
}

$Py = $null
if (-not $SmokeOnly) {
    if (-not (Test-Path (Join-Path $Root "welcome_desk\cli.py"))) { Fail "welcome_desk\cli.py is missing: nothing to build" }

    $PipArgs = @()
    if ($env:PIP_ARGS) { $PipArgs = $env:PIP_ARGS -split "\s+" | Where-Object { $_ } }

    if ($CurrentPython) {
        $base = Get-BasePython
        $Py = (& $base[0] @($base | Select-Object -Skip 1) -c "import sys; print(sys.executable)").Trim()
        Say "using $Py as it is"
    } else {
        $Venv = Join-Path $Root "build\venv"
        $Py = Join-Path $Venv "Scripts\python.exe"
        if (-not (Test-Path $Py)) {
            $base = Get-BasePython
            Say "creating $Venv with $($base -join ' ')"
            Invoke-Checked $base[0] (@($base | Select-Object -Skip 1) + @("-m", "venv", $Venv)) "creating the venv"
        }
        Say "installing welcome-desk and pyinstaller into build\venv"
        Invoke-Checked $Py (@("-m", "pip", "install", "--disable-pip-version-check", "--quiet") + $PipArgs + @("--upgrade", "pip")) "pip upgrade"
        Invoke-Checked $Py (@("-m", "pip", "install", "--disable-pip-version-check", "--quiet") + $PipArgs + @("$Root[packaging]")) "pip install"
    }

    $check = @'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"Python >= 3.11 needed, this is {sys.version.split()[0]}")
missing = []
for name in ("PyInstaller", "PySide6", "sqlalchemy", "alembic", "reportlab", "platformdirs", "rapidfuzz",
             "jsonschema", "holidays", "arabic_reshaper", "bidi", "qrcode"):
    try:
        __import__(name)
    except ImportError:
        missing.append(name)
if missing:
    sys.exit("missing in the build environment: " + ", ".join(missing))
import PyInstaller, PySide6
print(f"Python {sys.version.split()[0]}, PyInstaller {PyInstaller.__version__}, PySide6 {PySide6.__version__}")
'@
    Invoke-Checked $Py @("-c", $check) "checking the build interpreter"

    Say "running PyInstaller"
    Push-Location $Root
    try {
        Invoke-Checked $Py @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", (Join-Path $Root "dist"), "--workpath", (Join-Path $Root "build\pyinstaller"),
            (Join-Path $Root "packaging\welcome-desk.spec")) "PyInstaller"
    } finally {
        Pop-Location
    }
}

if (-not (Test-Path $Gui)) { Fail "$Gui was not built" }
if (-not (Test-Path $Cli)) { Fail "$Cli was not built (WELCOME_DESK_CLI_EXE=0?)" }

if (-not $NoSmoke) {
    Say "smoke test of $Cli"
    $SmokeDir = Join-Path ([System.IO.Path]::GetTempPath()) ("welcome-desk-smoke-" + [guid]::NewGuid().ToString("N"))
    New-Item -ItemType Directory -Path $SmokeDir | Out-Null
    $env:QT_QPA_PLATFORM = "offscreen"
    Remove-Item Env:WELCOME_DESK_DB -ErrorAction SilentlyContinue
    # The frozen app writes UTF-8 (Python UTF-8 mode, see the spec); decode it as such.
    $PreviousEncoding = [Console]::OutputEncoding
    [Console]::OutputEncoding = [System.Text.Encoding]::UTF8
    $Db = "sqlite:///" + ($SmokeDir -replace "\\", "/") + "/smoke.sqlite"
    try {
        function Run-Cli([string[]]$CliArgs) {
            Write-Host "    > welcome-desk-cli $($CliArgs -join ' ')"
            $out = & $Cli @CliArgs
            if ($LASTEXITCODE -ne 0) { Fail "welcome-desk-cli $($CliArgs -join ' ') failed (exit code $LASTEXITCODE)" }
            return ($out -join "`n")
        }

        $help = Run-Cli @("--help")
        ($help -split "`n" | Select-Object -First 3) | ForEach-Object { Write-Host "      $_" }
        Write-Host ("      " + (Run-Cli @("--version")))

        $units = @()
        if ($help -match "\broute\b") {
            $route = Run-Cli @("--db", $Db, "route", "Visum", "--json") | ConvertFrom-Json
            if (-not $route.candidates) { Fail "route found no unit for 'Visum'" }
            $units = @($route.candidates | ForEach-Object { $_.unit })
            Write-Host "      -> units: $($units -join ' ')"
        }
        if ($help -match "\bcentre\b") {
            Get-ChildItem (Join-Path $AppDir "_internal\welcome_desk\_resources\centres\*.json") | ForEach-Object {
                Run-Cli @("centre", "validate", $_.FullName) | Write-Host
            }
            Run-Cli @("--db", $Db, "centre", "list") | Write-Host
        }
        if ($units.Count -gt 0 -and $help -match "\bbook\b") {
            $entry = $null
            foreach ($unit in $units) {
                Write-Host "    > welcome-desk-cli --db ... book --unit $unit --lang ar --json"
                $out = & $Cli --db $Db book --unit $unit --lang ar --json
                if ($LASTEXITCODE -eq 0) { $entry = ($out -join "`n") | ConvertFrom-Json; break }
            }
            if (-not $entry) { Fail "book failed for every routed unit" }
            Write-Host "      -> entry $($entry.id)"
            $log = Run-Cli @("--db", $Db, "log", "--format", "json") | ConvertFrom-Json
            if (@($log.entries).Count -lt 1) { Fail "day log is empty after booking" }
            if ((Test-Path (Join-Path $Root "welcome_desk\slips\render.py")) -and $help -match "\bslip\b") {
                foreach ($lang in @("de", "ar")) {
                    $pdf = Join-Path $SmokeDir "slip-$lang.pdf"
                    Run-Cli @("--db", $Db, "slip", "$($entry.id)", "--lang", $lang, "-o", $pdf) | Out-Null
                    $head = [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes($pdf), 0, 5)
                    if ($head -ne "%PDF-") { Fail "slip ($lang) is not a PDF" }
                    Write-Host "      -> slip-$lang.pdf, $((Get-Item $pdf).Length) bytes"
                }
            }
        }
        if ($help -match "self-test") {
            # The window itself, offscreen: start, route, book, slip, print preview, quit.
            $report = Join-Path $SmokeDir "self-test.json"
            Run-Cli @("self-test", "--report", $report, "--screenshot", (Join-Path $SmokeDir "window.png")) | Out-Null
            $result = Get-Content -Raw -Encoding UTF8 $report | ConvertFrom-Json
            if (-not $result.ok) { Fail "self-test: $($result.problems -join '; ')" }
            Write-Host "      -> self-test passed (ticket $($result.steps.book.ticket), $($result.steps.seconds) s)"
        }
        if (Test-Path (Join-Path $Root "welcome_desk\ui\app.py")) {
            Write-Host "    > welcome-desk.exe --db ...   (GUI, offscreen, 8 s)"
            $proc = Start-Process -FilePath $Gui -ArgumentList @("--db", $Db) -PassThru
            Start-Sleep -Seconds 8
            if ($proc.HasExited -and $proc.ExitCode -ne 0) { Fail "the GUI exited with status $($proc.ExitCode)" }
            if (-not $proc.HasExited) { Stop-Process -Id $proc.Id -Force }
            Write-Host "      -> GUI started"
        }
        Say "smoke test passed"
    } finally {
        [Console]::OutputEncoding = $PreviousEncoding
        Remove-Item Env:QT_QPA_PLATFORM -ErrorAction SilentlyContinue
        Remove-Item -Recurse -Force $SmokeDir -ErrorAction SilentlyContinue
    }
}

$size = (Get-ChildItem -Recurse -File $AppDir | Measure-Object -Sum Length).Sum
Say ("bundle: {0} ({1:N0} MB)" -f $AppDir, ($size / 1MB))

# --------------------------------------------------------------------------- installer
# Inno Setup 6 (ISCC.exe) turns the folder into dist\installer\welcome-desk-<version>-setup.exe.
if (-not $NoInstaller) {
    $Iss = Join-Path $Root "packaging\windows\welcome-desk.iss"
    $Iscc = $null
    $found = Get-Command "ISCC.exe" -ErrorAction SilentlyContinue
    if ($found) { $Iscc = $found.Source }
    $bases = @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA "Programs")) | Where-Object { $_ }
    foreach ($base in $bases) {
        $candidate = Join-Path $base "Inno Setup 6\ISCC.exe"
        if (-not $Iscc -and (Test-Path $candidate)) { $Iscc = $candidate }
    }
    if (-not $Iscc) {
        Write-Host ""
        Write-Host "Inno Setup 6 was not found, so no installer was made (the folder above works as it is)."
        Write-Host "To make dist\installer\welcome-desk-<version>-setup.exe: install Inno Setup 6"
        Write-Host "(e.g. 'winget install JRSoftware.InnoSetup'), then run this script again with -SmokeOnly."
    } else {
        $Version = (Select-String -Path (Join-Path $Root "pyproject.toml") -Pattern '^version\s*=\s*"([^"]+)"' |
            Select-Object -First 1).Matches[0].Groups[1].Value
        Say "building the installer with $Iscc (version $Version)"
        Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DSourceDir=$AppDir", $Iss) "Inno Setup"
        $Setup = Join-Path $Root "dist\installer\welcome-desk-$Version-setup.exe"
        if (-not (Test-Path $Setup)) { Fail "$Setup was not made" }
        Say ("installer: {0} ({1:N0} MB)" -f $Setup, ((Get-Item $Setup).Length / 1MB))
    }
}
