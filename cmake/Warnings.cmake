# One interface target carries the warning set (TOOLCHAIN.md) and the sanitizer flags to every target of ours.
add_library(consentdesk_warnings INTERFACE)
if(MSVC)
    # cl.exe and clang-cl (the Windows recipe, unproven here): /W4 is the useful level; /Wall is mostly noise from
    # Qt's and the standard library's headers, which /external:W0 silences.
    target_compile_options(consentdesk_warnings INTERFACE /W4 /external:W0)
    if(CONSENTDESK_WERROR)
        target_compile_options(consentdesk_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(consentdesk_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference -Wdouble-promotion
        -Wformat=2 -Wimplicit-fallthrough)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(consentdesk_warnings INTERFACE
            -Wduplicated-cond -Wduplicated-branches -Wlogical-op -Wuseless-cast)
    endif()
    if(CONSENTDESK_WERROR)
        target_compile_options(consentdesk_warnings INTERFACE -Werror)
    endif()
endif()

if(CONSENTDESK_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "CONSENTDESK_SANITIZE: MSVC has /fsanitize=address only, no UndefinedBehaviorSanitizer")
    endif()
    set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(consentdesk_warnings INTERFACE ${_san})
    target_link_options(consentdesk_warnings INTERFACE ${_san})
endif()
