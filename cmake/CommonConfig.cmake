# One INTERFACE target that every SocketScope target links: language level, warnings and
# the Qt hygiene defines live here and nowhere else.
add_library(socketscope_common INTERFACE)
add_library(SocketScope::Common ALIAS socketscope_common)

target_compile_features(socketscope_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(socketscope_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    # Enforced by Qt >= 6.7 headers; on 6.4 it documents intent and costs nothing.
    QT_NO_CONTEXTLESS_CONNECT
    QT_STRICT_ITERATORS
    SOCKETSCOPE_VERSION="${PROJECT_VERSION}"
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(socketscope_common INTERFACE
        -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-qual
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
        $<$<BOOL:${SOCKETSCOPE_WERROR}>:-Werror>)
endif()

option(SOCKETSCOPE_WERROR "Treat warnings as errors" OFF)
option(SOCKETSCOPE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SOCKETSCOPE_SANITIZE)
    target_compile_options(socketscope_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(socketscope_common INTERFACE -fsanitize=address,undefined)
endif()
