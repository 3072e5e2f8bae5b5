; Inno Setup script: CoordApp-<version>-setup.exe from dist\CoordApp (build/README.md).
;   iscc /DAppVersion=0.1.0 build\windows\coordapp.iss
; Per-user install (no administrator rights), Start menu entry, .coordbundle files open
; CoordApp on their import preview, uninstaller in "Applications et fonctionnalités".
; The database stays in %LOCALAPPDATA%\CoordApp after an uninstall.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 build\windows\coordapp.iss
#endif

[Setup]
AppId={{6F0C9D52-3B1E-4C55-9A47-6E2F7C1B8A10}
AppName=CoordApp
AppVersion={#AppVersion}
AppPublisher=CoordApp
AppPublisherURL=https://github.com/coordapp/coordapp
DefaultDirName={localappdata}\Programs\CoordApp
DefaultGroupName=CoordApp
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ChangesAssociations=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=CoordApp-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\coordapp.ico
UninstallDisplayIcon={app}\CoordApp.exe
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\CoordApp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\CoordApp"; Filename: "{app}\CoordApp.exe"
Name: "{group}\{cm:UninstallProgram,CoordApp}"; Filename: "{uninstallexe}"

[Registry]
; .coordbundle -> CoordApp.Bundle -> "CoordApp.exe" "%1" (per user, HKCU\Software\Classes)
Root: HKA; Subkey: "Software\Classes\.coordbundle"; ValueType: string; ValueName: ""; ValueData: "CoordApp.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\CoordApp.Bundle"; ValueType: string; ValueName: ""; ValueData: "Paquet de synchronisation CoordApp"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CoordApp.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\CoordApp.exe,0"
Root: HKA; Subkey: "Software\Classes\CoordApp.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\CoordApp.exe"" ""%1"""

[Run]
Filename: "{app}\CoordApp.exe"; Description: "{cm:LaunchProgram,CoordApp}"; Flags: nowait postinstall skipifsilent
