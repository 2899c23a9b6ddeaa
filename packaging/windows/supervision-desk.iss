; Inno Setup script: installs the one-folder bundle built by packaging/build.sh on Windows.
; Build: python packaging\build.py --package  (runs iscc with /DAppVersion after the build)
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{7C1B6E52-3F0A-4C4E-9A63-5D2B1F0E8A41}
AppName=Supervision Desk
AppVersion={#AppVersion}
AppPublisher=Supervision Desk
DefaultDirName={autopf}\Supervision Desk
DefaultGroupName=Supervision Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=SupervisionDesk-{#AppVersion}-setup
SetupIconFile=app.ico
UninstallDisplayIcon={app}\supervision-desk.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\dist\supervision-desk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Supervision Desk"; Filename: "{app}\supervision-desk.exe"
Name: "{autodesktop}\Supervision Desk"; Filename: "{app}\supervision-desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\supervision-desk.exe"; Description: "Start Supervision Desk"; Flags: nowait postinstall skipifsilent
