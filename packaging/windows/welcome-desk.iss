; Inno Setup 6 script: the Windows installer of Welcome Desk.
;
; Built by packaging\build.ps1 after PyInstaller and the smoke test, roughly:
;
;   ISCC.exe /DAppVersion=0.1.0 /DSourceDir=<repo>\dist\welcome-desk packaging\windows\welcome-desk.iss
;
; Result: dist\installer\welcome-desk-<version>-setup.exe
;
; * Installs for the current user (no administrator rights) by default; the first page
;   offers "for all users" (then it asks for administrator rights). Silent installs:
;   /CURRENTUSER or /ALLUSERS on the command line, plus /SILENT or /VERYSILENT.
; * Start-menu entry, optional desktop shortcut, an uninstaller in "Apps & features".
; * German and English installer (German first: it is the language of the desks).
; * The uninstaller removes the program only; the database, the kept slips and the
;   settings of each desk (in the user's AppData folders) stay, so a reinstall loses nothing.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\welcome-desk"
#endif
#define AppName "Welcome Desk"
#define AppExe "welcome-desk.exe"

[Setup]
; The AppId identifies the app for upgrades and the uninstaller: never change it.
AppId={{6F2D3C1A-8B4E-4D57-9A61-3E0C5B7D2F94}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Welcome Desk contributors
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=welcome-desk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\welcome-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.LaunchApp=Welcome Desk jetzt starten
en.LaunchApp=Start Welcome Desk now

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; IconFilename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself wrote next to it (Python's caches); user data is kept.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
