# The Windows installer: CPack's NSIS generator, and the install tree it packs. Included by the top-level
# CMakeLists.txt on WIN32 only, after add_subdirectory(app), in place of packaging/CMakeLists.txt (the Linux install
# rules and the Debian package):
#     if(WIN32)
#         include(packaging/windows/CPackWindows.cmake)
#     else()
#         add_subdirectory(packaging)
#     endif()
#
# NOT BUILT OR TESTED HERE: written on Debian 12, which cannot build for Windows. See packaging/windows/README.md.
#
# Needs NSIS 3 (makensis) on the build machine. Make the installer with:  cpack -G NSIS   (in the build folder)
#
# What it makes: ConsentDesk-<version>-win64.exe, a per-machine installer into "C:\Program Files\Consent Desk"
# (bin\consentdesk.exe, bin\consentdesk-cli.exe, Qt's and vcpkg's DLLs and Qt's plugins beside them), a Start menu
# shortcut to the desk, an entry in Apps & features, and an uninstaller. The uninstaller removes exactly the files
# the installer wrote: the practice files and backups (%LOCALAPPDATA%\consentdesk, or wherever a practice put its
# file) and the desk's settings (HKCU\Software\consentdesk) belong to the users and are left alone.

if(NOT WIN32)
    message(FATAL_ERROR "packaging/windows/CPackWindows.cmake makes the Windows installer: include it under if(WIN32)")
endif()

# The install tree: both programs in bin (packaging/CMakeLists.txt, which installs them on Linux, is not added on
# Windows), with Qt's DLLs and plugins, the vcpkg DLLs and the MSVC runtime beside them (deploy.cmake).
include(${CMAKE_CURRENT_LIST_DIR}/deploy.cmake)
consentdesk_windows_deploy(consentdesk GUI INSTALL_TARGET)
consentdesk_windows_deploy(consentdesk-cli INSTALL_TARGET)

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME "ConsentDesk")
set(CPACK_PACKAGE_VENDOR "The Consent Desk developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The one version number: project(ConsentDesk VERSION ...) in the top-level CMakeLists.txt.
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VERSION_MAJOR "${PROJECT_VERSION_MAJOR}")
set(CPACK_PACKAGE_VERSION_MINOR "${PROJECT_VERSION_MINOR}")
set(CPACK_PACKAGE_VERSION_PATCH "${PROJECT_VERSION_PATCH}")
set(CPACK_PACKAGE_FILE_NAME "ConsentDesk-${PROJECT_VERSION}-win64")

# Where it goes: C:\Program Files\Consent Desk (64-bit Program Files: the build is x64 only).
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Consent Desk")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "ConsentDesk")
set(CPACK_NSIS_PACKAGE_NAME "Consent Desk")
set(CPACK_NSIS_DISPLAY_NAME "Consent Desk ${PROJECT_VERSION}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON) # an upgrade removes the old program files first
set(CPACK_NSIS_MODIFY_PATH OFF) # the CLI is run by its full path, or from a shortcut a practice makes itself
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

# The Start menu: one shortcut, "Consent Desk", to bin\consentdesk.exe (CPACK_NSIS_EXECUTABLES_DIRECTORY is bin).
# No "run now" box on the last page: the installer runs elevated, and a desk started from it would run as the
# administrator and make its practice file in the administrator's profile.
set(CPACK_PACKAGE_EXECUTABLES "consentdesk" "Consent Desk")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\consentdesk.exe") # the icon in Apps & features

# The installer's and the uninstaller's icon: resources/icons/consentdesk.ico. It is generated from
# resources/icons/consentdesk.svg and not kept in the repository; make it (16, 32, 48 and 256 px in one file) with
#   magick -background none resources/icons/consentdesk.svg -define icon:auto-resize=256,48,32,16 resources/icons/consentdesk.ico
# Without it the installer shows NSIS's own icon. deploy.cmake compiles the same file into consentdesk.exe.
set(_consentdesk_icon "${PROJECT_SOURCE_DIR}/resources/icons/consentdesk.ico")
if(EXISTS "${_consentdesk_icon}")
    set(CPACK_NSIS_MUI_ICON "${_consentdesk_icon}")
    set(CPACK_NSIS_MUI_UNIICON "${_consentdesk_icon}")
else()
    message(STATUS "${_consentdesk_icon} not generated yet: the installer uses NSIS's default icon")
endif()

# The licence page: LICENSE at the top of the source tree once the project has one (the full GPL-3 text), until then
# packaging/windows/licence.txt, the GPL-3+ notice of packaging/linux/copyright with the bundled libraries' licences.
set(_consentdesk_licence "${CMAKE_CURRENT_LIST_DIR}/licence.txt")
foreach(_name COPYING LICENCE LICENSE.txt LICENSE)
    if(EXISTS "${PROJECT_SOURCE_DIR}/${_name}")
        set(_consentdesk_licence "${PROJECT_SOURCE_DIR}/${_name}")
    endif()
endforeach()
set(CPACK_RESOURCE_FILE_LICENSE "${_consentdesk_licence}")

# The uninstaller: CPack's NSIS template deletes the files it installed, one by one, and then the folders it made
# if they are empty. Nothing here adds to that, and nothing may: the practice's data is outside $INSTDIR, in the
# profile of each user who ran the desk (or where the practice chose), and stays after an uninstall. The log says so.
string(CONCAT CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
    "DetailPrint 'Kept for every user who ran the desk: the practice files and backups in'\n"
    "DetailPrint '%LOCALAPPDATA%\\\\consentdesk and the settings in HKCU\\\\Software\\\\consentdesk.'")

include(CPack)
