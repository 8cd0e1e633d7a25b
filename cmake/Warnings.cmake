# One interface target carries the warning set (TOOLCHAIN.md) and the sanitizer flags to every target of ours.
add_library(consentdesk_warnings INTERFACE)
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

if(CONSENTDESK_SANITIZE)
    set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_compile_options(consentdesk_warnings INTERFACE ${_san})
    target_link_options(consentdesk_warnings INTERFACE ${_san})
endif()
