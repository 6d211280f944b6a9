; Inno Setup script for normlab on Windows: installs the one-folder bundle from dist\normlab.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\normlab.iss      (after sh packaging/build.sh)
;
; By default it installs for the current user into %LOCALAPPDATA%\Programs\normlab, which needs no
; administrator rights; /ALLUSERS (or the dialog's choice) installs into Program Files for everyone.
; Silent install for managed deployment: normlab-VERSION-windows-x86_64-setup.exe /VERYSILENT
; /SUPPRESSMSGBOXES /NORESTART [/ALLUSERS]; uninstall: unins000.exe /VERYSILENT in the install folder.
; Each user's data stays in %LOCALAPPDATA%\normlab and is never removed by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\normlab"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6F0E7C1A-3B7D-4E59-9A55-2C3B8E1D4A10}
AppName=normlab
AppVersion={#AppVersion}
AppVerName=normlab {#AppVersion}
AppPublisher=The normlab team
AppPublisherURL=https://normlab.org
DefaultDirName={autopf}\normlab
DefaultGroupName=normlab
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=normlab-{#AppVersion}-windows-x86_64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\normlab.exe
UninstallDisplayName=normlab
CloseApplications=yes
VersionInfoVersion={#AppVersion}

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "finnish"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version replaces the old libraries instead of leaving stale ones beside them.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\normlab"; Filename: "{app}\normlab.exe"; Comment: "Norms, their reasons, and the ground rules you agreed"
Name: "{autodesktop}\normlab"; Filename: "{app}\normlab.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\normlab.exe"; Description: "{cm:LaunchProgram,normlab}"; Flags: nowait postinstall skipifsilent
