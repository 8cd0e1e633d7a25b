# Hardening of optimised builds (Release, RelWithDebInfo), as Debian builds its packages: fortified libc calls,
# stack protector, position-independent executables, full RELRO. Off for the sanitizer and fuzz builds, which bring
# their own instrumentation.
option(CONSENTDESK_HARDEN "Build optimised binaries with hardening flags" ON)
if(CONSENTDESK_HARDEN AND NOT CONSENTDESK_SANITIZE AND NOT CONSENTDESK_FUZZ AND NOT MSVC
   AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    include(CheckPIESupported)
    check_pie_supported()
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    set(_optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
    add_compile_options("$<${_optimised}:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>"
                        "$<${_optimised}:-fstack-protector-strong>")
    add_link_options("$<${_optimised}:LINKER:-z,relro,-z,now>")
endif()
