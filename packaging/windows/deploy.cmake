# Windows runtime deployment: Qt's DLLs and plugins (windeployqt), the vcpkg DLLs (sqlite3, libsodium, libpq and its
# OpenSSL) and the MSVC runtime, into the install tree that CPack's NSIS generator packs.
#
# NOT BUILT OR TESTED HERE: written on Debian 12, which cannot build for Windows. See packaging/windows/README.md.
#
# Used by CPackWindows.cmake (which the top-level CMakeLists.txt includes on WIN32, after add_subdirectory(app)):
#     include(${CMAKE_CURRENT_LIST_DIR}/deploy.cmake)
#     consentdesk_windows_deploy(consentdesk GUI INSTALL_TARGET)
#     consentdesk_windows_deploy(consentdesk-cli INSTALL_TARGET)
# Without INSTALL_TARGET the target must already be installed to ${CMAKE_INSTALL_BINDIR} by an install(TARGETS) rule
# declared before the call: CMP0082 (NEW under cmake_minimum_required 3.25) runs install rules in declaration order.
#
# Why not qt_generate_deploy_app_script()? Qt 6.4's does support Windows (Qt6CoreMacros.cmake: the
# "WIN32 AND QT6_IS_SHARED_LIBS_BUILD" branch, which calls qt6_deploy_runtime_dependencies(... GENERATE_QT_CONF)),
# but in 6.4 it cannot pass windeployqt any option: qt6_deploy_runtime_dependencies() runs
# "windeployqt EXE --dir . --libdir bin --plugindir plugins --force" and its only hook for more is the internal
# __qt_deploy_tool_extra_options. DEPLOY_TOOL_OPTIONS, NO_TRANSLATIONS and NO_COMPILER_RUNTIME came in Qt 6.5. So this
# runs windeployqt itself from install(CODE), with the options it needs, and then checks what it left.
#
# This file is also include()d by the install script (CMAKE_ROLE SCRIPT, or CPACK inside cpack), where only the
# install-time function below is wanted.

include_guard(GLOBAL)

# Install time: windeployqt, the plugins it must have left, the vcpkg DLLs, and a check that Qt's SQLite driver
# uses the same SQLite library as consentdesk_core.
function(_consentdesk_windows_deploy_now)
    set(one_value EXECUTABLE WINDEPLOYQT CONFIG QT_PLUGINS RUNTIME_DIR DUMPBIN CHECK_QSQLITE)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "${one_value}" "")
    get_filename_component(bindir "${arg_EXECUTABLE}" DIRECTORY)
    if(arg_CONFIG STREQUAL "Debug")
        set(mode --debug)
        set(d d) # Qt's debug DLLs and plugins end in d: qsqlited.dll
    else()
        set(mode --release)
        set(d "")
    endif()

    # 1. Qt: the DLLs the executable imports and the plugins of those modules, beside the executable (bin\platforms,
    #    bin\sqldrivers, bin\imageformats ...), where Qt looks first; so no qt.conf. The MSVC runtime comes from
    #    InstallRequiredSystemLibraries instead (--no-compiler-runtime); Qt's own translations are not shipped.
    message(STATUS "windeployqt: ${arg_EXECUTABLE}")
    execute_process(
        COMMAND "${arg_WINDEPLOYQT}" ${mode} --no-translations --no-compiler-runtime
                --dir "${bindir}" "${arg_EXECUTABLE}"
        RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "windeployqt failed (${failed}) for ${arg_EXECUTABLE}")
    endif()

    # 2. The plugins Consent Desk needs whatever windeployqt decided: qwindows for the desk, qoffscreen for
    #    'consentdesk-cli report' (it forces QT_QPA_PLATFORM=offscreen), both SQL drivers (QSQLITE for practice files,
    #    QPSQL for a practice server), and the SVG image and icon plugins (the window icon is an SVG).
    foreach(plugin platforms/qwindows platforms/qoffscreen sqldrivers/qsqlite sqldrivers/qsqlpsql imageformats/qsvg
                   iconengines/qsvgicon)
        if(NOT EXISTS "${bindir}/${plugin}${d}.dll")
            if(NOT EXISTS "${arg_QT_PLUGINS}/${plugin}${d}.dll")
                message(FATAL_ERROR "The Qt plugin ${plugin}${d}.dll is in neither ${bindir} nor ${arg_QT_PLUGINS}")
            endif()
            get_filename_component(type "${plugin}" DIRECTORY)
            file(INSTALL DESTINATION "${bindir}/${type}" TYPE FILE FILES "${arg_QT_PLUGINS}/${plugin}${d}.dll")
        endif()
    endforeach()

    # 3. The vcpkg DLLs: every DLL of the manifest's libraries except the test and benchmark ones. A glob rather than
    #    a list, so libpq's own dependencies (OpenSSL's libssl/libcrypto, zlib ...) come along under whatever names
    #    the port gives them. They go beside the executables, the first place Windows looks, also for the plugins'
    #    imports (qsqlite.dll -> sqlite3.dll, qsqlpsql.dll -> libpq.dll).
    file(GLOB dlls "${arg_RUNTIME_DIR}/*.dll")
    list(FILTER dlls EXCLUDE REGEX "/(gtest|gmock|benchmark)[^/]*\\.dll$")
    foreach(required sqlite3 libsodium)
        if(NOT EXISTS "${arg_RUNTIME_DIR}/${required}.dll")
            message(FATAL_ERROR "${required}.dll is not in ${arg_RUNTIME_DIR}: install the vcpkg manifest "
                                "(packaging/windows/vcpkg.json) or set CONSENTDESK_WINDOWS_RUNTIME_DIR")
        endif()
    endforeach()
    file(INSTALL DESTINATION "${bindir}" TYPE SHARED_LIBRARY FILES ${dlls})
    if(NOT EXISTS "${bindir}/libpq.dll")
        message(WARNING "qsqlpsql${d}.dll is deployed but libpq.dll is not: this installation cannot open a practice "
                        "on a PostgreSQL server. Build with the vcpkg manifest feature 'postgresql'.")
    endif()

    # 4. consentdesk_core calls SQLite's C API on the connection Qt's QSQLITE driver opened (store/BulkInserter for
    #    register imports and copies, store/SegmentScan for the uptake series, BackupService::restore). That is only
    #    sound if the driver uses the same sqlite3.dll. Qt's prebuilt qsqlite.dll carries a private SQLite of its
    #    own, so it must be rebuilt with FEATURE_system_sqlite=ON against vcpkg's sqlite3 (packaging/windows/README.md,
    #    "The SQLite driver").
    if(arg_CHECK_QSQLITE)
        if(NOT arg_DUMPBIN)
            message(WARNING "dumpbin was not found, so which SQLite qsqlite${d}.dll uses was not checked")
        else()
            execute_process(COMMAND "${arg_DUMPBIN}" /NOLOGO /DEPENDENTS "${bindir}/sqldrivers/qsqlite${d}.dll"
                            OUTPUT_VARIABLE imports RESULT_VARIABLE failed)
            if(failed OR NOT imports MATCHES "[Ss][Qq][Ll][Ii][Tt][Ee]3\\.[Dd][Ll][Ll]")
                message(FATAL_ERROR
                    "sqldrivers/qsqlite${d}.dll does not import sqlite3.dll: it has a SQLite of its own, and "
                    "consentdesk_core would then use a second SQLite on the first one's connection (register imports, "
                    "the uptake series and restores would crash or corrupt memory). Rebuild Qt's sqldrivers with "
                    "-DFEATURE_system_sqlite=ON against vcpkg's sqlite3 (packaging/windows/README.md), or configure "
                    "with -DCONSENTDESK_WINDOWS_CHECK_QSQLITE=OFF to package anyway.")
            endif()
        endif()
    endif()
endfunction()

get_property(_consentdesk_role GLOBAL PROPERTY CMAKE_ROLE)
if(NOT _consentdesk_role STREQUAL "PROJECT")
    return() # included by the install script: the function above is all it needs
endif()

if(NOT WIN32)
    message(FATAL_ERROR "packaging/windows/deploy.cmake is for Windows builds only: include it under if(WIN32)")
endif()
if(NOT QT6_INSTALL_PREFIX)
    message(FATAL_ERROR "packaging/windows/deploy.cmake must be included after find_package(Qt6)")
endif()

include(GNUInstallDirs)
enable_language(RC) # the GUI's icon resource; MSVC's platform files usually enable it already

# windeployqt: the target when this Qt defines one (6.5 and later, where the tool is in qtbase), else the program in
# Qt's bin folder, as Qt 6.4's own deploy support finds it (WINDEPLOYQT_EXECUTABLE, the same cache variable).
if(TARGET Qt6::windeployqt)
    set(_consentdesk_windeployqt "$<TARGET_FILE:Qt6::windeployqt>")
else()
    find_program(WINDEPLOYQT_EXECUTABLE windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
    if(NOT WINDEPLOYQT_EXECUTABLE)
        message(FATAL_ERROR "windeployqt was not found in ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} (Qt 6.4 ships it "
                            "with qttools: install that with Qt)")
    endif()
    set(_consentdesk_windeployqt "${WINDEPLOYQT_EXECUTABLE}")
endif()

# Where the vcpkg DLLs are. Empty: vcpkg's manifest install (VCPKG_INSTALLED_DIR/VCPKG_TARGET_TRIPLET, both set by
# vcpkg's toolchain file), its debug\bin for Debug builds.
set(CONSENTDESK_WINDOWS_RUNTIME_DIR "" CACHE PATH
    "Folder holding sqlite3.dll, libsodium.dll (and libpq.dll); empty: vcpkg's installed bin folder")
if(CONSENTDESK_WINDOWS_RUNTIME_DIR)
    set(_consentdesk_runtime_dir "${CONSENTDESK_WINDOWS_RUNTIME_DIR}")
elseif(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    set(_consentdesk_runtime_dir "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}$<$<CONFIG:Debug>:/debug>/bin")
else()
    message(FATAL_ERROR "Configure with vcpkg's toolchain file (CMAKE_TOOLCHAIN_FILE=<vcpkg>/scripts/buildsystems/"
                        "vcpkg.cmake) or set CONSENTDESK_WINDOWS_RUNTIME_DIR to the folder holding sqlite3.dll and "
                        "libsodium.dll")
endif()

option(CONSENTDESK_WINDOWS_CHECK_QSQLITE "At install, refuse a qsqlite.dll that does not use sqlite3.dll" ON)
get_filename_component(_consentdesk_linker_dir "${CMAKE_LINKER}" DIRECTORY)
find_program(CONSENTDESK_DUMPBIN dumpbin HINTS "${_consentdesk_linker_dir}")

# The MSVC runtime (msvcp140.dll, vcruntime140*.dll) app-local in bin; the Universal CRT is part of Windows 10 and 11.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF)
include(InstallRequiredSystemLibraries)

# consentdesk_windows_deploy(<target> [GUI] [INSTALL_TARGET])
#   GUI             the target is a windowed program: WIN32_EXECUTABLE (no console window behind the desk), and the
#                   icon resources/icons/consentdesk.ico compiled in when it exists (it is generated; see README.md).
#   INSTALL_TARGET  also add install(TARGETS <target> RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}).
function(consentdesk_windows_deploy target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "GUI;INSTALL_TARGET" "" "")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "consentdesk_windows_deploy: unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT TARGET ${target})
        message(FATAL_ERROR "consentdesk_windows_deploy: no target ${target} (call it after add_subdirectory(app))")
    endif()
    if(arg_GUI)
        set_target_properties(${target} PROPERTIES WIN32_EXECUTABLE ON)
        set(icon "${PROJECT_SOURCE_DIR}/resources/icons/consentdesk.ico")
        if(EXISTS "${icon}")
            set(rc "${CMAKE_CURRENT_BINARY_DIR}/${target}_icon.rc")
            file(WRITE "${rc}" "IDI_ICON1 ICON \"${icon}\"\n")
            target_sources(${target} PRIVATE "${rc}")
        else()
            message(STATUS "${icon} not generated yet: ${target}.exe gets Windows' default icon")
        endif()
    endif()
    if(arg_INSTALL_TARGET)
        install(TARGETS ${target} RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
    set(exe "\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:${target}>")
    install(CODE "
        include(\"${CMAKE_CURRENT_FUNCTION_LIST_FILE}\")
        _consentdesk_windows_deploy_now(
            EXECUTABLE \"${exe}\"
            WINDEPLOYQT \"${_consentdesk_windeployqt}\"
            CONFIG \"$<CONFIG>\"
            QT_PLUGINS \"${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}\"
            RUNTIME_DIR \"${_consentdesk_runtime_dir}\"
            DUMPBIN \"${CONSENTDESK_DUMPBIN}\"
            CHECK_QSQLITE \"${CONSENTDESK_WINDOWS_CHECK_QSQLITE}\")
    ")
endfunction()
