; Inno Setup 6 script: a per-user installer for the one-folder build in dist\icp-wizard.
;
;   python packaging\build.py
;   iscc /DAppVersion=0.1.0 packaging\windows\icp-wizard.iss
;     -> dist\installer\icp-wizard-0.1.0-setup.exe
;
; Per-user (no administrator rights, no UAC prompt): installs to %LOCALAPPDATA%\Programs\ICP Wizard,
; Start-menu entry in the user's own menu, file association in HKCU. See packaging/README.md.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=0.1.0 packaging\windows\icp-wizard.iss
#endif
#define AppName "ICP Wizard"
#define ExeName "icp-wizard.exe"
#define Dist AddBackslash(SourcePath) + "..\..\dist\icp-wizard"
#define Icon AddBackslash(SourcePath) + "..\..\build\icp-wizard\stage\icp-wizard.ico"

; Simplified Chinese messages: shipped with recent Inno Setup releases; for older ones put the
; translation from https://jrsoftware.org/files/istrans/ next to this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseMessages AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found: copy it into packaging\windows\ (see packaging/README.md)
#endif

[Setup]
; Never change AppId: upgrades and the uninstaller find the installed copy by it.
AppId={{6E0B7C52-3F1A-4C8E-9B4D-2A7E51C9D0F3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ICP Wizard
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
; {autopf} is %LOCALAPPDATA%\Programs when installing without administrator rights.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#ExeName}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\..\dist\installer
OutputBaseFilename=icp-wizard-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
#if FileExists(Icon)
SetupIconFile={#Icon}
#endif
; ---- CODE SIGNING (the publisher's certificate) -------------------------------------------
; Only when a sign tool named "publisher" is defined and Sign is set on the iscc command line:
;   iscc "/Spublisher=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f C:\path\to\publisher.pfx /p PASSWORD $f" /DSign ...
; Without them the installer and the uninstaller are unsigned (.github/workflows/release.yml does both).
#ifdef Sign
SignTool=publisher
SignedUninstaller=yes
#endif

[Languages]
; Chinese first: it is the fallback when Windows' language is neither Chinese nor English.
Name: "zh"; MessagesFile: "{#ChineseMessages}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh.AssocTask=在 .yaml / .yml 文件的“打开方式”中加入本程序（申请文件）
en.AssocTask=Add the program to "Open with" for .yaml / .yml files (application files)
zh.AppFile=ICP 许可证申请文件
en.AppFile=ICP Wizard application file
zh.CliName=ICP Wizard 命令行
en.CliName=ICP Wizard command line

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "assoc"; Description: "{cm:AssocTask}"

[Files]
; The whole one-folder build: icp-wizard.exe (windowed), icp-wizard-cli.exe (console) and _internal\.
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program's own files; stale libraries from an older build must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#ExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#ExeName}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install. Application files are ordinary .yaml: the program is
; offered under "Open with" (OpenWithProgids) rather than taking .yaml away from the user's editor.
Root: HKA; Subkey: "Software\Classes\ICPWizard.Application"; ValueType: string; ValueName: ""; ValueData: "{cm:AppFile}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\ICPWizard.Application\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#ExeName},0"; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\ICPWizard.Application\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#ExeName}"" ""%1"""; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\.yaml\OpenWithProgids"; ValueType: string; ValueName: "ICPWizard.Application"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\.yml\OpenWithProgids"; ValueType: string; ValueName: "ICPWizard.Application"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".yaml"; ValueData: ""; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\Applications\{#ExeName}\SupportedTypes"; ValueType: string; ValueName: ".yml"; ValueData: ""; Tasks: assoc

[Run]
Filename: "{app}\{#ExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program only. The user's autosave (%LOCALAPPDATA%\icp-wizard) and
; settings (HKCU\Software\icp-wizard) stay, as do the application files the user saved.
